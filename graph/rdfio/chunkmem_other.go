//go:build !linux

package rdfio

// adviseHugePages does nothing here: chunks have the system's pages.
func adviseHugePages(b []byte) {}
