package session

import "strings"

// pythonStdlib is CPython 3.11's sys.stdlib_module_names without the
// private ones: importing one of these that dcalc lacks is
// NotImplementedError (dcalc's gap), not ModuleNotFoundError (which
// would say Python has no such module).
var pythonStdlib = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(
		"abc aifc antigravity argparse array ast asynchat asyncio asyncore " +
			"atexit audioop base64 bdb binascii bisect builtins bz2 cProfile " +
			"calendar cgi cgitb chunk cmath cmd code codecs codeop collections " +
			"colorsys compileall concurrent configparser contextlib contextvars " +
			"copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal " +
			"difflib dis distutils doctest email encodings ensurepip enum errno " +
			"faulthandler fcntl filecmp fileinput fnmatch fractions ftplib " +
			"functools gc genericpath getopt getpass gettext glob graphlib grp " +
			"gzip hashlib heapq hmac html http idlelib imaplib imghdr imp " +
			"importlib inspect io ipaddress itertools json keyword lib2to3 " +
			"linecache locale logging lzma mailbox mailcap marshal math mimetypes " +
			"mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt " +
			"ntpath nturl2path numbers opcode operator optparse os ossaudiodev " +
			"pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib " +
			"posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc " +
			"pydoc_data pyexpat queue quopri random re readline reprlib resource " +
			"rlcompleter runpy sched secrets select selectors shelve shlex shutil " +
			"signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 " +
			"sre_compile sre_constants sre_parse ssl stat statistics string " +
			"stringprep struct subprocess sunau symtable sys sysconfig syslog " +
			"tabnanny tarfile telnetlib tempfile termios textwrap this threading " +
			"time timeit tkinter token tokenize tomllib trace traceback " +
			"tracemalloc tty turtle turtledemo types typing unicodedata unittest " +
			"urllib uu uuid venv warnings wave weakref webbrowser winreg winsound " +
			"wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo",
	) {
		m[n] = true
	}
	return m
}()

// hostModules are the standard library modules that reach the host
// (files, processes, the network, the interpreter's internals): dcalc
// does not provide them at all (docs/security.md).
var hostModules = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields("os subprocess socket shutil pathlib io ctypes multiprocessing " +
		"threading signal tempfile glob pickle shelve sqlite3 urllib http ftplib smtplib poplib imaplib " +
		"telnetlib nntplib webbrowser importlib builtins gc inspect code codeop runpy pty tty fcntl " +
		"termios select selectors asyncio mmap resource posix nt pwd grp spwd ssl socketserver xmlrpc " +
		"zipfile tarfile gzip bz2 lzma zlib dbm marshal fileinput filecmp platform getpass concurrent " +
		"atexit faulthandler tracemalloc winreg msvcrt winsound pdb bdb trace cProfile profile " +
		"sysconfig site venv ensurepip zipimport pkgutil modulefinder compileall py_compile " +
		"shlex syslog mailbox netrc crypt curses readline rlcompleter tkinter turtle turtledemo idlelib") {
		m[n] = true
	}
	return m
}()
