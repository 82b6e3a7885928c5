package store

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Scripts that would take the process down, each stopped at the memory
// limit with an error that says so, while an ordinary query under the
// same limit runs to its end.
func TestGizmoMemoryLimit(t *testing.T) {
	s, err := Open("memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const limit = 64 << 20
	for _, c := range []struct{ name, script string }{
		{"deep recursion", `function f(n) { return f(n + 1) + 1; } f(0);`},
		{"memory bomb", `var a = []; while (true) { a.push("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" + a.length); }`},
		{"doubling string", `var s = "x"; while (true) { s = s + s; g.Emit(s.length); }`},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			start := time.Now()
			_, err := s.Gizmo(ctx, c.script, GizmoOptions{MemoryLimit: limit}, func(any) {})
			if !errors.Is(err, ErrQueryMemory) {
				t.Fatalf("after %s: err = %v, want the memory limit", time.Since(start), err)
			}
			if !strings.Contains(err.Error(), "64 MiB") || !strings.Contains(err.Error(), "--query-memory") {
				t.Errorf("message %q does not name the limit and the flag", err)
			}
			runtime.GC()
		})
	}
	t.Run("ordinary query", func(t *testing.T) {
		n := 0
		_, err := s.Gizmo(context.Background(), `for (var i = 0; i < 1000; i++) { g.Emit(i); }`, GizmoOptions{MemoryLimit: limit}, func(any) { n++ })
		if err != nil || n != 1000 {
			t.Errorf("%d results, err %v; want 1000 and no error", n, err)
		}
	})
}

func TestParseBytes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
	}{{"512MiB", 512 << 20}, {"1GiB", 1 << 30}, {"300MB", 300e6}, {"1048576", 1 << 20}, {"2G", 2 << 30}} {
		t.Run(c.in, func(t *testing.T) {
			if got, err := ParseBytes(c.in); err != nil || got != c.want {
				t.Errorf("ParseBytes(%q) = %d, %v; want %d", c.in, got, err, c.want)
			}
		})
	}
	if _, err := ParseBytes("lots"); err == nil {
		t.Error(`ParseBytes("lots") gave no error`)
	}
}
