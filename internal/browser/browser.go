// Package browser starts a real headless Chromium for tests, driven with
// chromedp: the system's Chromium (Debian's chromium package, which
// .ci/run installs), never a browser a tool downloads.
//
// Without a Chromium the test is skipped with a message, unless CI is set:
// then it fails, as the PostgreSQL tests do.
package browser

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/sckg/sckg/internal/storetest"
)

// Env names a Chromium to use instead of the one on PATH.
const Env = "SCKG_CHROMIUM"

// Path is the Chromium the tests use: $SCKG_CHROMIUM, else chromium or
// chromium-browser on PATH; "" if there is none.
func Path() string {
	if p := os.Getenv(Env); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Width and Height are the size of the browser's window, in CSS pixels.
const (
	Width  = 1400
	Height = 900
)

// New starts a headless Chromium with a new, empty profile and returns a
// context for chromedp actions on one tab, with a time limit; the browser
// is closed when the test ends.
func New(t testing.TB, limit time.Duration) context.Context {
	t.Helper()
	path := Path()
	if path == "" {
		msg := "no Chromium: install Debian's chromium package, or set " + Env
		if storetest.CI() {
			t.Fatal(msg + " (CI is set, so this fails instead of skipping; .ci/run installs it)")
		}
		t.Skip(msg + "; skipping the browser test")
	}
	// The flags make Chromium start in a closed network without trying to
	// reach Google (background networking, component updates, sync, QUIC)
	// and as root in a container (no sandbox, no GPU). Without a
	// UserDataDir, chromedp gives each browser a new, empty profile folder
	// and removes it once the browser has exited.
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.WindowSize(Width, Height),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithErrorf(func(format string, args ...any) {
		t.Logf("chromedp: "+format, args...)
	}))
	ctx, cancelTime := context.WithTimeout(ctx, limit)
	t.Cleanup(func() {
		cancelTime()
		cancelTab()
		cancelAlloc()
	})
	// Start the browser now, so that a Chromium that cannot start is
	// reported as such and not as the first action's failure.
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

// Screenshot saves a PNG of the whole page as a test artifact (see
// testing.T.ArtifactDir: kept under the output folder with go test
// -artifacts) and logs where.
func Screenshot(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return ""
	}
	file := fmt.Sprintf("%s/%s.png", t.ArtifactDir(), name)
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return ""
	}
	t.Logf("screenshot: %s (%d bytes)", file, len(png))
	return file
}
