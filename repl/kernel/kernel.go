package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/go-zeromq/zmq4"

	"github.com/dcalc/dcalc/repl"
	"github.com/dcalc/dcalc/session"
)

// Kernel serves one session over the five Jupyter sockets.
type Kernel struct {
	ci      *ConnectionInfo
	sig     signer
	id      string // this kernel's session id (header.session)
	log     io.Writer
	version string

	shell, control, stdin, iopub, hb zmq4.Socket
	iopubMu, shellMu, controlMu      sync.Mutex
	stdinMu                          sync.Mutex

	// st is the session and its completer; a restart swaps in a new
	// one while a cell may still be running on the old one (on the
	// shell goroutine), so each request loads it once.
	st atomic.Pointer[kstate]

	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{}
	once   sync.Once

	// subscribed records that a front end's IOPub subscription has
	// reached the PUB socket (see awaitSubscriber).
	subscribed atomic.Bool

	// replies are the messages the front end sends on the stdin
	// channel (input_reply); interrupts wakes input() waiting for one.
	replies    chan *Message
	interrupts chan struct{}
}

// New makes a kernel for the connection ci with a fresh session. Log
// gets one line per dropped message or failure; version is dcalc's.
func New(ci *ConnectionInfo, log io.Writer, version string) *Kernel {
	ctx, cancel := context.WithCancel(context.Background())
	k := &Kernel{ci: ci, sig: signer{key: []byte(ci.Key)}, id: newID(), log: log, version: version,
		ctx: ctx, cancel: cancel, done: make(chan struct{}),
		replies: make(chan *Message, 16), interrupts: make(chan struct{}, 1)}
	k.newSession()
	return k
}

// kstate is a kernel's session with its completer.
type kstate struct {
	s    *session.Session
	comp *repl.Completer
}

// newSession installs a fresh session and returns the one it replaces
// (nil at start).
func (k *Kernel) newSession() *kstate {
	// A notebook kernel starts as ipykernel does: SymPy's names are not
	// preloaded as isympy's x, y are, and values show in str form until
	// init_printing().
	s := session.New(io.Discard, session.Options{Kernel: true})
	s.SetInlineFigures(true) // ipykernel's default backend is inline
	return k.st.Swap(&kstate{s: s, comp: repl.NewSessionCompleter(s)})
}

// sess is the current session.
func (k *Kernel) sess() *session.Session { return k.st.Load().s }

// Serve binds the sockets where the connection file says and serves
// until a shutdown request (or Stop). It returns after the sockets are
// closed.
func (k *Kernel) Serve() error {
	socks := []struct {
		p    *zmq4.Socket
		make func(context.Context, ...zmq4.Option) zmq4.Socket
		port int
	}{
		{&k.shell, zmq4.NewRouter, k.ci.ShellPort},
		{&k.control, zmq4.NewRouter, k.ci.ControlPort},
		{&k.stdin, zmq4.NewRouter, k.ci.StdinPort},
		{&k.iopub, zmq4.NewPub, k.ci.IOPubPort},
		{&k.hb, zmq4.NewRep, k.ci.HBPort},
	}
	for _, sk := range socks {
		*sk.p = sk.make(k.ctx)
		if err := (*sk.p).Listen(k.ci.endpoint(sk.port)); err != nil {
			k.closeAll()
			return fmt.Errorf("kernel: listen on %s: %w", k.ci.endpoint(sk.port), err)
		}
	}
	go k.heartbeat()
	go k.loop(k.control, &k.controlMu)
	go k.loop(k.shell, &k.shellMu)
	go k.read(k.stdin, k.replies)
	k.publish(nil, "status", map[string]any{"execution_state": "starting"})
	<-k.done
	k.closeAll()
	return nil
}

// subscriberWait bounds how long the first request waits for a front
// end's IOPub subscription.
const subscriberWait = 2 * time.Second

// awaitSubscriber holds the first request until a front end's IOPub
// subscription has arrived (ZeroMQ's "slow joiner": a PUB socket drops
// what it publishes before the SUB side's subscription reaches it, and
// jupyter console sends its first cell right after kernel_info, so the
// cell's idle status could be lost and the console wait for ever). A
// client that never subscribes is served after subscriberWait.
func (k *Kernel) awaitSubscriber() {
	if k.subscribed.Load() {
		return
	}
	t, ok := k.iopub.(zmq4.Topics)
	if !ok {
		return
	}
	for deadline := time.Now().Add(subscriberWait); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		if len(t.Topics()) > 0 {
			break
		}
	}
	k.subscribed.Store(true)
}

// Stop ends Serve.
func (k *Kernel) Stop() { k.once.Do(func() { close(k.done); k.cancel() }) }

// Interrupt stops the running cell (SIGINT in signal mode).
func (k *Kernel) Interrupt() { k.sess().Interrupt() }

func (k *Kernel) closeAll() {
	for _, s := range []zmq4.Socket{k.shell, k.control, k.stdin, k.iopub, k.hb} {
		if s != nil {
			s.Close()
		}
	}
}

func (k *Kernel) logf(format string, args ...any) {
	if k.log != nil {
		fmt.Fprintf(k.log, "dcalc kernel: "+format+"\n", args...)
	}
}

// heartbeat echoes every ping.
func (k *Kernel) heartbeat() {
	for {
		msg, err := k.hb.Recv()
		if err != nil {
			return
		}
		if err := k.hb.Send(msg); err != nil {
			return
		}
	}
}

// loop serves one ROUTER socket, one request at a time. A reader
// goroutine queues the checked messages, so that after a cell fails the
// execute requests already waiting can be aborted (stop_on_error).
func (k *Kernel) loop(sock zmq4.Socket, mu *sync.Mutex) {
	queue := make(chan *Message, 1024)
	go k.read(sock, queue)
	for msg := range queue {
		if stop, at := k.handle(sock, mu, msg); stop {
			k.abortQueued(sock, mu, queue, at)
		}
	}
}

// abortQueued answers the execute requests that were queued before the
// failed cell's reply went out (at failed) with status "aborted", as
// ipykernel does with stop_on_error; other requests, and requests the
// front end sent after seeing the failure, are served.
func (k *Kernel) abortQueued(sock zmq4.Socket, mu *sync.Mutex, queue chan *Message, failed time.Time) {
	for {
		select {
		case msg, ok := <-queue:
			if !ok {
				return
			}
			if msg.Header.MsgType != "execute_request" || msg.received.After(failed) {
				k.handle(sock, mu, msg)
				continue
			}
			parent := &msg.Header
			k.publish(parent, "status", map[string]any{"execution_state": "busy"})
			k.reply(sock, mu, msg, "execute_reply", map[string]any{"status": "aborted"})
			k.publish(parent, "status", map[string]any{"execution_state": "idle"})
		default:
			return
		}
	}
}

// read receives, checks and queues the messages of sock.
func (k *Kernel) read(sock zmq4.Socket, queue chan<- *Message) {
	defer close(queue)
	for {
		raw, err := sock.Recv()
		if err != nil {
			select {
			case <-k.done:
				return
			default:
			}
			if errors.Is(err, context.Canceled) {
				return
			}
			k.logf("receive: %v", err)
			continue
		}
		msg, err := k.sig.decode(raw.Frames)
		if err != nil {
			// A message that is not signed with our key is never run.
			k.logf("dropped a message: %v", err)
			continue
		}
		msg.received = time.Now()
		queue <- msg
	}
}

// reply sends a reply on sock to the request msg.
func (k *Kernel) reply(sock zmq4.Socket, mu *sync.Mutex, msg *Message, msgType string, content any) {
	frames, err := k.sig.encode(k.id, msg.Identities, &msg.Header, msgType, content)
	if err != nil {
		k.logf("encode %s: %v", msgType, err)
		return
	}
	mu.Lock()
	defer mu.Unlock()
	if err := sock.Send(zmq4.NewMsgFrom(frames...)); err != nil {
		k.logf("send %s: %v", msgType, err)
	}
}

// publish sends a message on IOPub, with the message type as topic.
func (k *Kernel) publish(parent *Header, msgType string, content any) {
	frames, err := k.sig.encode(k.id, [][]byte{[]byte("kernel." + k.id + "." + msgType)}, parent, msgType, content)
	if err != nil {
		k.logf("encode %s: %v", msgType, err)
		return
	}
	k.iopubMu.Lock()
	defer k.iopubMu.Unlock()
	if err := k.iopub.Send(zmq4.NewMsgFrom(frames...)); err != nil {
		k.logf("publish %s: %v", msgType, err)
	}
}

// requestTypes are the requests the kernel answers, by message type.
var requestTypes = map[string]func(k *Kernel, msg *Message) (string, any){
	"kernel_info_request": (*Kernel).kernelInfo,
	"execute_request":     (*Kernel).execute,
	"is_complete_request": (*Kernel).isComplete,
	"complete_request":    (*Kernel).complete,
	"inspect_request":     (*Kernel).inspect,
	"history_request":     (*Kernel).history,
	"comm_info_request": func(k *Kernel, msg *Message) (string, any) {
		return "comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}}
	},
	"interrupt_request": func(k *Kernel, msg *Message) (string, any) {
		k.sess().Interrupt()
		select {
		case k.interrupts <- struct{}{}:
		default:
		}
		return "interrupt_reply", map[string]any{"status": "ok"}
	},
	"shutdown_request": (*Kernel).shutdown,
}

// handle answers one request, between busy and idle status messages. It
// reports whether the request was a cell that failed with
// stop_on_error set (the default), and when its reply went out.
func (k *Kernel) handle(sock zmq4.Socket, mu *sync.Mutex, msg *Message) (stop bool, repliedAt time.Time) {
	k.awaitSubscriber()
	parent := &msg.Header
	k.publish(parent, "status", map[string]any{"execution_state": "busy"})
	defer k.publish(parent, "status", map[string]any{"execution_state": "idle"})
	h, ok := requestTypes[msg.Header.MsgType]
	if !ok {
		k.logf("unknown message type %q", msg.Header.MsgType)
		if strings.HasSuffix(msg.Header.MsgType, "_request") {
			k.reply(sock, mu, msg, strings.TrimSuffix(msg.Header.MsgType, "_request")+"_reply",
				map[string]any{"status": "error", "ename": "NotImplementedError",
					"evalue": "dcalc's kernel does not answer " + msg.Header.MsgType, "traceback": []string{}})
		}
		return false, time.Time{}
	}
	replyType, content := h(k, msg)
	repliedAt = time.Now()
	k.reply(sock, mu, msg, replyType, content)
	if replyType == "shutdown_reply" {
		if c, _ := content.(map[string]any); c["restart"] == true {
			// A fresh session for the next request; a cell still
			// running on the old one is interrupted and replies.
			k.newSession().s.Interrupt()
			return false, time.Time{}
		}
		k.Stop()
	}
	if replyType == "execute_reply" {
		var req struct {
			StopOnError *bool `json:"stop_on_error"`
		}
		json.Unmarshal(msg.Content, &req)
		c, _ := content.(map[string]any)
		return c["status"] == "error" && (req.StopOnError == nil || *req.StopOnError), repliedAt
	}
	return false, repliedAt
}

func (k *Kernel) kernelInfo(msg *Message) (string, any) {
	return "kernel_info_reply", map[string]any{
		"status":                 "ok",
		"protocol_version":       "5.3",
		"implementation":         "dcalc",
		"implementation_version": k.version,
		"language_info": map[string]any{
			"name": "python", "version": "3.11", "mimetype": "text/x-python", "file_extension": ".py",
			"pygments_lexer": "ipython3", "codemirror_mode": map[string]any{"name": "ipython", "version": 3},
			"nbconvert_exporter": "python",
		},
		"banner":     "dcalc " + k.version + " — SymPy-compatible symbolic differentiation (a Jupyter kernel)",
		"help_links": []any{},
	}
}

// streamWriter publishes what a cell prints as stream messages.
type streamWriter struct {
	k      *Kernel
	parent *Header
	name   string // "stdout" or "stderr"
}

func (w *streamWriter) Write(p []byte) (int, error) {
	text := string(p)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	w.k.publish(w.parent, "stream", map[string]any{"name": w.name, "text": text})
	return len(p), nil
}

func (k *Kernel) execute(msg *Message) (string, any) {
	s := k.sess()
	var req struct {
		Code         string `json:"code"`
		Silent       bool   `json:"silent"`
		StoreHistory *bool  `json:"store_history"`
		AllowStdin   bool   `json:"allow_stdin"`
	}
	if err := json.Unmarshal(msg.Content, &req); err != nil {
		return "execute_reply", errorContent(s.Count(), "ValueError", "bad execute_request: "+err.Error(), nil)
	}
	parent := &msg.Header
	s.SetOutput(&streamWriter{k: k, parent: parent, name: "stdout"})
	s.SetErrOutput(&streamWriter{k: k, parent: parent, name: "stderr"})
	s.SetDisplayHook(func(b map[string]string) {
		k.publish(parent, "display_data", map[string]any{"data": b, "metadata": map[string]any{}, "transient": map[string]any{}})
	})
	s.SetClearOutputHook(func(wait bool) {
		k.publish(parent, "clear_output", map[string]any{"wait": wait})
	})
	s.SetInput(k.inputFunc(msg, req.AllowStdin))
	defer func() {
		s.SetOutput(io.Discard)
		s.SetErrOutput(io.Discard)
		s.SetDisplayHook(nil)
		s.SetClearOutputHook(nil)
		s.SetInput(nil)
	}()
	if req.Silent || req.StoreHistory != nil && !*req.StoreHistory {
		if err := s.RunSilent(req.Code); err != nil {
			return "execute_reply", k.errorReply(s, parent, err, s.Count(), !req.Silent)
		}
		return "execute_reply", map[string]any{"status": "ok", "execution_count": s.Count(), "user_expressions": map[string]any{}, "payload": []any{}}
	}
	n := s.Count() + 1
	if strings.TrimSpace(req.Code) == "" {
		n = s.Count()
	}
	k.publish(parent, "execute_input", map[string]any{"code": req.Code, "execution_count": n})
	res := s.RunCell(req.Code)
	if strings.TrimSpace(req.Code) == "" {
		res.N = s.Count()
	}
	// The figure pyplot built is shown after the result or error, as
	// matplotlib's inline backend shows it after the cell.
	defer s.FlushFigures()
	if res.Err != nil {
		return "execute_reply", k.errorReply(s, parent, res.Err, res.N, true)
	}
	if res.Value != nil {
		k.publish(parent, "execute_result", map[string]any{"execution_count": res.N, "data": s.MimeBundle(res.Value), "metadata": map[string]any{}})
	}
	return "execute_reply", map[string]any{"status": "ok", "execution_count": res.N, "user_expressions": map[string]any{}, "payload": []any{}}
}

// errorReply publishes the error of a cell and returns the reply content.
func (k *Kernel) errorReply(s *session.Session, parent *Header, err error, n int, show bool) map[string]any {
	ename, evalue := "Exception", err.Error()
	var exc *session.Exception
	if errors.As(err, &exc) {
		ename, evalue = exc.Type, exc.Msg
	}
	tb := session.TracebackParts(strings.TrimRight(s.FormatException(err), "\n"))
	if show {
		k.publish(parent, "error", map[string]any{"ename": ename, "evalue": evalue, "traceback": tb})
	}
	return errorContent(n, ename, evalue, tb)
}

func errorContent(n int, ename, evalue string, tb []string) map[string]any {
	if tb == nil {
		tb = []string{}
	}
	return map[string]any{"status": "error", "execution_count": n, "ename": ename, "evalue": evalue, "traceback": tb}
}

func (k *Kernel) isComplete(msg *Message) (string, any) {
	var req struct {
		Code string `json:"code"`
	}
	json.Unmarshal(msg.Content, &req)
	if k.sess().IsComplete(req.Code) {
		return "is_complete_reply", map[string]any{"status": "complete"}
	}
	indent := ""
	lines := strings.Split(strings.TrimRight(req.Code, "\n"), "\n")
	last := lines[len(lines)-1]
	indent = last[:len(last)-len(strings.TrimLeft(last, " \t"))]
	if strings.HasSuffix(strings.TrimSpace(last), ":") {
		indent += "    "
	}
	return "is_complete_reply", map[string]any{"status": "incomplete", "indent": indent}
}

// cursorOffset converts a cursor position in Unicode code points (the
// protocol's unit since 5.2) to a byte offset in code.
func cursorOffset(code string, pos int) int {
	i := 0
	for n := 0; n < pos && i < len(code); n++ {
		_, size := utf8.DecodeRuneInString(code[i:])
		i += size
	}
	return i
}

func (k *Kernel) complete(msg *Message) (string, any) {
	var req struct {
		Code      string `json:"code"`
		CursorPos int    `json:"cursor_pos"`
	}
	json.Unmarshal(msg.Content, &req)
	st := k.st.Load()
	st.comp.SetNames(st.s.Names())
	head := req.Code[:cursorOffset(req.Code, req.CursorPos)]
	n, cands := st.comp.Complete(head)
	if cands == nil {
		cands = []string{}
	}
	return "complete_reply", map[string]any{"status": "ok", "matches": cands,
		"cursor_start": req.CursorPos - n, "cursor_end": req.CursorPos, "metadata": map[string]any{}}
}

func (k *Kernel) inspect(msg *Message) (string, any) {
	var req struct {
		Code      string `json:"code"`
		CursorPos int    `json:"cursor_pos"`
	}
	json.Unmarshal(msg.Content, &req)
	name := nameAt(req.Code, cursorOffset(req.Code, req.CursorPos))
	text, ok := "", false
	if name != "" {
		text, ok = k.sess().Help(name)
	}
	data := map[string]any{}
	if ok {
		data["text/plain"] = text
	}
	return "inspect_reply", map[string]any{"status": "ok", "found": ok, "data": data, "metadata": map[string]any{}}
}

// nameAt is the dotted name around (or just before) byte offset i.
func nameAt(code string, i int) string {
	isName := func(c byte) bool {
		return c == '_' || c == '.' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	start, end := i, i
	for start > 0 && isName(code[start-1]) {
		start--
	}
	for end < len(code) && isName(code[end]) {
		end++
	}
	if start == end && start > 0 && code[start-1] == '(' {
		return nameAt(code, start-1)
	}
	return strings.Trim(code[start:end], ".")
}

func (k *Kernel) history(msg *Message) (string, any) {
	var req struct {
		Output         bool   `json:"output"`
		HistAccessType string `json:"hist_access_type"`
		N              int    `json:"n"`
	}
	json.Unmarshal(msg.Content, &req)
	var hist []any
	for i, src := range k.sess().Inputs() {
		hist = append(hist, []any{0, i + 1, src})
	}
	if req.HistAccessType == "tail" && req.N > 0 && len(hist) > req.N {
		hist = hist[len(hist)-req.N:]
	}
	if hist == nil {
		hist = []any{}
	}
	return "history_reply", map[string]any{"status": "ok", "history": hist}
}

func (k *Kernel) shutdown(msg *Message) (string, any) {
	var req struct {
		Restart bool `json:"restart"`
	}
	json.Unmarshal(msg.Content, &req)
	return "shutdown_reply", map[string]any{"status": "ok", "restart": req.Restart}
}

// inputFunc is input() for the cell of the execute request msg: an
// input_request on the stdin channel, answered by the front end's
// input_reply (Jupyter's protocol); when the front end does not take
// input requests, ipykernel's StdinNotImplementedError.
func (k *Kernel) inputFunc(msg *Message, allowed bool) func(string) (string, error) {
	return func(prompt string) (string, error) {
		if !allowed {
			return "", session.ErrInputUnsupported
		}
		for len(k.replies) > 0 { // stale replies
			<-k.replies
		}
		select {
		case <-k.interrupts: // an interrupt meant for a cell that ended
		default:
		}
		k.reply(k.stdin, &k.stdinMu, msg, "input_request", map[string]any{"prompt": prompt, "password": false})
		for {
			select {
			case r, ok := <-k.replies:
				if !ok {
					return "", io.EOF
				}
				if r.Header.MsgType != "input_reply" {
					continue
				}
				var c struct {
					Value string `json:"value"`
				}
				json.Unmarshal(r.Content, &c)
				return c.Value, nil
			case <-k.interrupts:
				return "", session.ErrInputInterrupt
			case <-k.done:
				return "", io.EOF
			}
		}
	}
}
