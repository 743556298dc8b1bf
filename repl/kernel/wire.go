// Package kernel is dcalc as a Jupyter kernel: the Jupyter messaging
// protocol 5.3 over ZeroMQ (github.com/go-zeromq/zmq4, pure Go), serving
// one session to a front end (JupyterLab, Notebook, VS Code, nbclient,
// jupyter console) that started it with a connection file.
package kernel

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"
)

// ConnectionInfo is the connection file a front end writes.
type ConnectionInfo struct {
	Transport       string `json:"transport"`
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	IOPubPort       int    `json:"iopub_port"`
	StdinPort       int    `json:"stdin_port"`
	ControlPort     int    `json:"control_port"`
	HBPort          int    `json:"hb_port"`
	Key             string `json:"key"`
	SignatureScheme string `json:"signature_scheme"`
	KernelName      string `json:"kernel_name"`
}

// ReadConnectionFile reads and checks a connection file.
func ReadConnectionFile(name string) (*ConnectionInfo, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var ci ConnectionInfo
	if err := json.Unmarshal(data, &ci); err != nil {
		return nil, fmt.Errorf("%s: not a connection file: %v", name, err)
	}
	if ci.Transport != "tcp" && ci.Transport != "ipc" {
		return nil, fmt.Errorf("%s: transport %q is not tcp or ipc", name, ci.Transport)
	}
	if ci.SignatureScheme != "hmac-sha256" && !(ci.SignatureScheme == "" && ci.Key == "") {
		return nil, fmt.Errorf("%s: signature scheme %q is not hmac-sha256", name, ci.SignatureScheme)
	}
	for _, p := range []int{ci.ShellPort, ci.IOPubPort, ci.StdinPort, ci.ControlPort, ci.HBPort} {
		if p <= 0 || p > 65535 {
			return nil, fmt.Errorf("%s: bad port %d", name, p)
		}
	}
	if ci.IP == "" {
		return nil, fmt.Errorf("%s: no ip", name)
	}
	return &ci, nil
}

// endpoint is the ZeroMQ address of a port.
func (ci *ConnectionInfo) endpoint(port int) string {
	if ci.Transport == "ipc" {
		return fmt.Sprintf("ipc://%s-%d", ci.IP, port)
	}
	return fmt.Sprintf("tcp://%s:%d", ci.IP, port)
}

// Header is a message header.
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is a decoded Jupyter message.
type Message struct {
	Identities [][]byte
	Header     Header
	Parent     json.RawMessage
	Metadata   json.RawMessage
	Content    json.RawMessage
	Buffers    [][]byte
	received   time.Time // when the kernel read it
}

// delimiter separates the routing identities from the message.
const delimiter = "<IDS|MSG>"

// errBadSignature is a message whose HMAC does not match.
var errBadSignature = errors.New("bad message signature")

// signer computes and checks message signatures.
type signer struct{ key []byte }

// sign is the hex HMAC-SHA256 of the four JSON frames; "" when the
// connection has no key (signing off).
func (s signer) sign(frames ...[]byte) string {
	if len(s.key) == 0 {
		return ""
	}
	m := hmac.New(sha256.New, s.key)
	for _, f := range frames {
		m.Write(f)
	}
	return hex.EncodeToString(m.Sum(nil))
}

// decode splits wire frames into a message, checking the signature.
func (s signer) decode(frames [][]byte) (*Message, error) {
	i := 0
	for i < len(frames) && string(frames[i]) != delimiter {
		i++
	}
	if i == len(frames) {
		return nil, errors.New("no <IDS|MSG> delimiter")
	}
	if i+5 >= len(frames) {
		return nil, errors.New("short message")
	}
	m := &Message{Identities: frames[:i]}
	sig, h, p, md, c := frames[i+1], frames[i+2], frames[i+3], frames[i+4], frames[i+5]
	if len(s.key) > 0 {
		want := s.sign(h, p, md, c)
		if !hmac.Equal([]byte(want), sig) {
			return nil, errBadSignature
		}
	}
	if err := json.Unmarshal(h, &m.Header); err != nil {
		return nil, fmt.Errorf("bad header: %v", err)
	}
	m.Parent, m.Metadata, m.Content = p, md, c
	m.Buffers = frames[i+6:]
	return m, nil
}

// encode makes the wire frames of a message of type msgType in reply to
// (or caused by) parent, with routing identities ids.
func (s signer) encode(session string, ids [][]byte, parent *Header, msgType string, content any) ([][]byte, error) {
	h := Header{MsgID: newID(), Session: session, Username: "dcalc", Date: time.Now().UTC().Format("2006-01-02T15:04:05.000000Z"),
		MsgType: msgType, Version: "5.3"}
	hb, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	pb := []byte("{}")
	if parent != nil {
		if pb, err = json.Marshal(parent); err != nil {
			return nil, err
		}
	}
	cb, err := json.Marshal(content)
	if err != nil {
		return nil, err
	}
	md := []byte("{}")
	frames := append([][]byte{}, ids...)
	frames = append(frames, []byte(delimiter), []byte(s.sign(hb, pb, md, cb)), hb, pb, md, cb)
	return frames, nil
}

// newID is a random message or session id (UUID-like hex).
func newID() string {
	var b [16]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
