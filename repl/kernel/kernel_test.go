package kernel

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

func freePorts(t *testing.T, n int) []int {
	// the listeners stay open until all n ports are chosen, so that the
	// system cannot hand the same port out twice (the kernel would fail
	// to bind it and the client's dial be refused)
	ports := make([]int, n)
	for i := range ports {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		ports[i] = l.Addr().(*net.TCPAddr).Port
	}
	return ports
}

// client is a minimal Jupyter front end for the tests.
type client struct {
	t                     *testing.T
	sig                   signer
	shell, control, iopub zmq4.Socket
	hb                    zmq4.Socket
}

func startKernel(t *testing.T) (*Kernel, *client) {
	k, c := startKernelNoWait(t)
	c.iopub.SetOption(zmq4.OptionSubscribe, "")
	time.Sleep(200 * time.Millisecond) // let the subscription reach the PUB socket
	return k, c
}

// retry makes the test client dial again soon when the kernel is not
// listening yet (zmq4 waits 250 ms by default), for up to 5 s: zmq4's
// default of 10 tries (20 ms at this pace) was too short on a loaded
// machine and failed the test now and then.
var retry = zmq4.WithDialerRetry(2 * time.Millisecond)

var retries = zmq4.WithDialerMaxRetries(2500)

// startKernelNoWait starts a kernel and dials its sockets.
func startKernelNoWait(t *testing.T) (*Kernel, *client) {
	ports := freePorts(t, 5)
	ci := &ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", Key: "secret-key", SignatureScheme: "hmac-sha256",
		ShellPort: ports[0], IOPubPort: ports[1], StdinPort: ports[2], ControlPort: ports[3], HBPort: ports[4]}
	var log strings.Builder
	k := New(ci, &log, "test")
	done := make(chan error, 1)
	go func() { done <- k.Serve() }()
	t.Cleanup(func() {
		k.Stop()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Error("kernel did not stop")
		}
	})
	ctx := context.Background()
	c := &client{t: t, sig: signer{key: []byte(ci.Key)},
		shell: zmq4.NewDealer(ctx, retry, retries), control: zmq4.NewDealer(ctx, retry, retries), iopub: zmq4.NewSub(ctx, retry, retries), hb: zmq4.NewReq(ctx, retry, retries)}
	for _, d := range []struct {
		s    zmq4.Socket
		port int
	}{{c.shell, ci.ShellPort}, {c.control, ci.ControlPort}, {c.iopub, ci.IOPubPort}, {c.hb, ci.HBPort}} {
		if err := d.s.Dial(ci.endpoint(d.port)); err != nil {
			select {
			case serr := <-done: // the kernel could not bind: say why
				t.Fatalf("%v (the kernel stopped: %v; its log: %s)", err, serr, log.String())
			default:
			}
			t.Fatal(err)
		}
		t.Cleanup(func() { d.s.Close() })
	}
	return k, c
}

func (c *client) send(sock zmq4.Socket, msgType string, content any) string {
	frames, err := c.sig.encode("client", nil, nil, msgType, content)
	if err != nil {
		c.t.Fatal(err)
	}
	var h Header
	json.Unmarshal(frames[2], &h)
	if err := sock.Send(zmq4.NewMsgFrom(frames...)); err != nil {
		c.t.Fatal(err)
	}
	return h.MsgID
}

func (c *client) recv(sock zmq4.Socket) *Message {
	msg, err := sock.Recv()
	if err != nil {
		c.t.Fatal(err)
	}
	m, err := c.sig.decode(msg.Frames)
	if err != nil {
		c.t.Fatalf("kernel sent a message we cannot check: %v", err)
	}
	return m
}

// iopubUntilIdle collects the IOPub messages caused by msgID.
func (c *client) iopubUntilIdle(msgID string) []*Message {
	var out []*Message
	for {
		m := c.recv(c.iopub)
		var parent Header
		json.Unmarshal(m.Parent, &parent)
		if parent.MsgID != msgID {
			continue
		}
		if m.Header.MsgType == "status" && strings.Contains(string(m.Content), `"idle"`) {
			return out
		}
		out = append(out, m)
	}
}

func content(m *Message) map[string]any {
	var v map[string]any
	json.Unmarshal(m.Content, &v)
	return v
}

// TestKernelProtocol speaks the Jupyter protocol to the kernel over real
// ZeroMQ sockets: every reply is signed and answers its request, an
// execution publishes busy, execute_input, stream, display_data,
// execute_result and idle, a message with a bad signature is dropped
// (never run), and an interrupt_request stops a running loop.
func TestKernelProtocol(t *testing.T) {
	_, c := startKernel(t)

	if err := c.hb.Send(zmq4.NewMsgString("ping")); err != nil {
		t.Fatal(err)
	}
	if m, err := c.hb.Recv(); err != nil || string(m.Frames[0]) != "ping" {
		t.Fatalf("heartbeat: %v %v", m, err)
	}

	c.send(c.shell, "kernel_info_request", map[string]any{})
	if r := c.recv(c.shell); r.Header.MsgType != "kernel_info_reply" || content(r)["protocol_version"] != "5.3" {
		t.Fatalf("kernel_info: %s %s", r.Header.MsgType, r.Content)
	}

	// A request signed with another key is dropped: the next request's
	// reply is the first the shell socket sees.
	bad := signer{key: []byte("wrong")}
	frames, _ := bad.encode("intruder", nil, nil, "execute_request", map[string]any{"code": "pwned = 1"})
	c.shell.Send(zmq4.NewMsgFrom(frames...))

	id := c.send(c.shell, "execute_request", map[string]any{"code": "x = symbols('x')\nprint('hi')\ndisplay(x)\ndiff(x**2, x)", "silent": false})
	r := c.recv(c.shell)
	var parent Header
	json.Unmarshal(r.Parent, &parent)
	if r.Header.MsgType != "execute_reply" || parent.MsgID != id || content(r)["status"] != "ok" || content(r)["execution_count"] != 1.0 {
		t.Fatalf("execute_reply: %s %s", r.Header.MsgType, r.Content)
	}
	var kinds []string
	for _, m := range c.iopubUntilIdle(id) {
		kinds = append(kinds, m.Header.MsgType)
		if m.Header.MsgType == "execute_result" {
			data := content(m)["data"].(map[string]any)
			if data["text/plain"] != "2*x" || data["text/latex"] != `$\displaystyle 2 x$` {
				t.Errorf("execute_result data %v", data)
			}
		}
	}
	if got := strings.Join(kinds, " "); got != "status execute_input stream display_data execute_result" {
		t.Errorf("IOPub messages: %s", got)
	}

	c.send(c.shell, "execute_request", map[string]any{"code": "pwned"})
	if r := c.recv(c.shell); content(r)["ename"] != "NameError" {
		t.Errorf("the badly signed request ran: %s", r.Content)
	}

	for _, tc := range []struct{ req, reply, key string }{
		{"complete_request", "complete_reply", "matches"},
		{"inspect_request", "inspect_reply", "found"},
		{"is_complete_request", "is_complete_reply", "status"},
		{"history_request", "history_reply", "history"},
		{"comm_info_request", "comm_info_reply", "comms"},
	} {
		c.send(c.shell, tc.req, map[string]any{"code": "dif", "cursor_pos": 3, "hist_access_type": "tail", "n": 10})
		r := c.recv(c.shell)
		if r.Header.MsgType != tc.reply || content(r)[tc.key] == nil {
			t.Errorf("%s: %s %s", tc.req, r.Header.MsgType, r.Content)
		}
	}

	c.send(c.shell, "execute_request", map[string]any{"code": "while True:\n    pass"})
	time.Sleep(300 * time.Millisecond)
	c.send(c.control, "interrupt_request", map[string]any{})
	if r := c.recv(c.control); r.Header.MsgType != "interrupt_reply" {
		t.Errorf("interrupt: %s", r.Header.MsgType)
	}
	if r := c.recv(c.shell); content(r)["ename"] != "KeyboardInterrupt" {
		t.Errorf("interrupted cell: %s", r.Content)
	}

	c.send(c.control, "shutdown_request", map[string]any{"restart": false})
	if r := c.recv(c.control); r.Header.MsgType != "shutdown_reply" {
		t.Errorf("shutdown: %s", r.Header.MsgType)
	}
}

// TestSigning checks the HMAC against a value computed independently
// (Python: hmac.new(b"key", b"abcd", hashlib.sha256).hexdigest()).
func TestSigning(t *testing.T) {
	got := signer{key: []byte("key")}.sign([]byte("a"), []byte("b"), []byte("c"), []byte("d"))
	if want := "2a31ec0ee8d878c9eece9fb0df79b3b90b2256240163aa5ee50d176d3d1121f8"; got != want {
		t.Errorf("sign = %s, want %s", got, want)
	}
	if _, err := (signer{key: []byte("key")}).decode([][]byte{[]byte("id"), []byte(delimiter), []byte("00"), []byte("{}"), []byte("{}"), []byte("{}"), []byte("{}")}); err != errBadSignature {
		t.Errorf("a bad signature gave %v", err)
	}
}

// TestConnectionFileErrors: a malformed connection file gets one clear
// error.
func TestConnectionFileErrors(t *testing.T) {
	dir := t.TempDir()
	for text, want := range map[string]string{
		"not json": "not a connection file",
		`{"transport": "udp", "ip": "127.0.0.1"}`:                                                     `transport "udp" is not tcp or ipc`,
		`{"transport": "tcp", "ip": "127.0.0.1", "key": "k", "signature_scheme": "hmac-md5"}`:         `signature scheme "hmac-md5"`,
		`{"transport": "tcp", "ip": "127.0.0.1", "signature_scheme": "hmac-sha256", "shell_port": 0}`: "bad port 0",
	} {
		name := filepath.Join(dir, "conn.json")
		os.WriteFile(name, []byte(text), 0o600)
		if _, err := ReadConnectionFile(name); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", text, err, want)
		}
	}
}

// BenchmarkKernelExecute is the round trip of an execute_request for
// diff(x**2, x) (issue goal: 5 ms median) over real sockets on loopback.
func BenchmarkKernelExecute(b *testing.B) {
	t := &testing.T{}
	_, c := startKernel(t)
	c.t = t
	c.send(c.shell, "execute_request", map[string]any{"code": "x = symbols('x')"})
	c.recv(c.shell)
	b.ResetTimer()
	for range b.N {
		c.send(c.shell, "execute_request", map[string]any{"code": "diff(x**2, x)"})
		if r := c.recv(c.shell); content(r)["status"] != "ok" {
			b.Fatal(string(r.Content))
		}
	}
}

// BenchmarkKernelStart is a kernel's start (sockets bound, session made)
// to its kernel_info_reply (issue goal: 50 ms), in process.
func BenchmarkKernelStart(b *testing.B) {
	for range b.N {
		t := &testing.T{}
		k, c := startKernelNoWait(t)
		c.t = t
		c.send(c.shell, "kernel_info_request", map[string]any{})
		c.recv(c.shell)
		k.Stop()
		c.shell.Close()
		c.control.Close()
		c.iopub.Close()
		c.hb.Close()
	}
}

// TestStopOnError: after a cell fails, the execute requests already
// queued are answered "aborted" (ipykernel's stop_on_error), unless the
// failing request said stop_on_error=False.
func TestStopOnError(t *testing.T) {
	_, c := startKernel(t)
	for _, stop := range []bool{true, false} {
		c.send(c.shell, "execute_request", map[string]any{"code": "for i in range(1000000):\n    pass\n1/0", "stop_on_error": stop})
		c.send(c.shell, "execute_request", map[string]any{"code": "a = 1"})
		c.send(c.shell, "execute_request", map[string]any{"code": "a"})
		var got []any
		for range 3 {
			got = append(got, content(c.recv(c.shell))["status"])
		}
		want := []any{"error", "aborted", "aborted"}
		if !stop {
			want = []any{"error", "ok", "ok"}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("stop_on_error=%v: replies %v, want %v", stop, got, want)
		}
	}
}

// TestRestartDuringCell restarts the kernel (shutdown_request with
// restart=true on the control channel) while a cell runs on the shell
// channel: the running cell is interrupted and replies, the restart is
// acknowledged, and the next cell runs in a fresh namespace. Run with
// -race, it also checks that the session swap is not a data race.
func TestRestartDuringCell(t *testing.T) {
	_, c := startKernel(t)
	c.send(c.shell, "execute_request", map[string]any{"code": "a = 1", "silent": false})
	if r := c.recv(c.shell); content(r)["status"] != "ok" {
		t.Fatalf("a = 1: %s", r.Content)
	}
	c.send(c.shell, "execute_request", map[string]any{"code": "while True:\n    a = a + 1\n", "silent": false})
	time.Sleep(200 * time.Millisecond)
	c.send(c.control, "shutdown_request", map[string]any{"restart": true})
	if r := c.recv(c.control); r.Header.MsgType != "shutdown_reply" || content(r)["restart"] != true {
		t.Fatalf("restart: %s %s", r.Header.MsgType, r.Content)
	}
	if r := c.recv(c.shell); content(r)["ename"] != "KeyboardInterrupt" {
		t.Errorf("cell running at the restart: %s", r.Content)
	}
	c.send(c.shell, "execute_request", map[string]any{"code": "a", "silent": false})
	if r := c.recv(c.shell); content(r)["ename"] != "NameError" {
		t.Errorf("after the restart `a` should be undefined: %s", r.Content)
	}
}

// TestSlowSubscriber subscribes to IOPub only after the first request
// was sent, as a front end whose SUB connection is slower than its
// shell one: the kernel must hold that request until the subscription
// arrives, so the cell's busy and idle statuses are not dropped.
func TestSlowSubscriber(t *testing.T) {
	_, c := startKernelNoWait(t)
	id := c.send(c.shell, "execute_request", map[string]any{"code": "1 + 1", "silent": false})
	time.Sleep(300 * time.Millisecond)
	c.iopub.SetOption(zmq4.OptionSubscribe, "")
	done := make(chan []*Message, 1)
	go func() { done <- c.iopubUntilIdle(id) }()
	select {
	case msgs := <-done:
		if len(msgs) == 0 || msgs[0].Header.MsgType != "status" {
			t.Errorf("first IOPub message of the cell: %v", msgs)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the cell's idle status never arrived")
	}
	if r := c.recv(c.shell); content(r)["status"] != "ok" {
		t.Errorf("reply: %s", r.Content)
	}
}
