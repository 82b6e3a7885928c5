package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer the server goroutine writes while the test reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestServe(t *testing.T) {
	store := maliStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	addrs := make(chan string, 1)
	done := make(chan error, 1)
	var stderr syncBuffer
	go func() {
		done <- serveMain(ctx, []string{"--store", store, "--addr", "127.0.0.1:0", "--timeout", "1s"}, io.Discard, &stderr, func(a string) { addrs <- a })
	}()
	var base string
	select {
	case a := <-addrs:
		base = "http://" + a
	case err := <-done:
		t.Fatalf("serve: %v\n%s", err, stderr.String())
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not start")
	}

	resp, err := http.Get(base + "/api/queries/cited-by?symbol=" + url.QueryEscape("S/RES/2374 (2017)"))
	if err != nil {
		t.Fatal(err)
	}
	var answer struct {
		Result []map[string]any `json:"result"`
	}
	json.NewDecoder(resp.Body).Decode(&answer)
	resp.Body.Close()
	found := false
	for _, r := range answer.Result {
		found = found || r["id"] == "<"+docIRI+"S/RES/2584(2021)>"
	}
	if resp.StatusCode != http.StatusOK || !found {
		t.Errorf("cited-by over HTTP: %d %v", resp.StatusCode, answer.Result)
	}

	resp, err = http.Post(base+"/api/v1/query/gizmo", "text/plain", strings.NewReader(`(function(){ while(true){} })()`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusGatewayTimeout || !strings.Contains(string(body), "time limit of 1s") {
		t.Errorf("endless script: %d %s", resp.StatusCode, body)
	}
	resp, err = http.Post(base+"/api/v2/write", "application/n-quads", strings.NewReader("<urn:a> <urn:b> <urn:c> .\n"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("a write to a read-only server: %d", resp.StatusCode)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve ended with %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.Contains(stderr.String(), "read-only") || !strings.Contains(stderr.String(), "stopped serving") || !strings.Contains(stderr.String(), "the chain explorer is at http://127.0.0.1:") {
		t.Errorf("stderr: %s", stderr.String())
	}
}

func TestServeRefusesOtherAddresses(t *testing.T) {
	for _, tt := range []struct {
		addr   string
		public bool
		ok     bool
	}{
		{"127.0.0.1:8080", false, true},
		{"[::1]:8080", false, true},
		{"localhost:8080", false, true},
		{"127.0.0.2:0", false, true},
		{"0.0.0.0:8080", false, false},
		{":8080", false, false},
		{"192.0.2.1:8080", false, false},
		{"example.org:80", false, false},
		{"0.0.0.0:8080", true, true},
		{"8080", false, false},
	} {
		err := checkAddr(tt.addr, tt.public)
		if (err == nil) != tt.ok {
			t.Errorf("checkAddr(%q, public=%v) = %v", tt.addr, tt.public, err)
		}
		if err != nil && tt.addr == "0.0.0.0:8080" && !strings.Contains(err.Error(), "add --public") {
			t.Errorf("the refusal does not say what to do: %v", err)
		}
	}
	store := maliStore(t)
	_, stderr, code := sckg(t, "serve", "--store", store, "--addr", "0.0.0.0:0")
	if code != 2 || !strings.Contains(stderr, "not a loopback address") {
		t.Errorf("serve on every interface: %d %s", code, stderr)
	}
}
