package main

import (
	"crypto/subtle"
	"log"
	"net/http"
	"os"
	"strings"
	"time"
)

// adminToken protects the /admin routes of the sample. Nothing here talks to Stripe.
var adminToken = os.Getenv("ADMIN_API_TOKEN")

// withAdminToken checks "Authorization: Bearer <token>" in constant time.
func withAdminToken(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if adminToken == "" || subtle.ConstantTimeCompare([]byte(token), []byte(adminToken)) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

// withRequestLog logs method, path, status-less latency and the request size (amount of bytes).
func withRequestLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		log.Printf("%s %s %d bytes in %s (webhook=%v)", r.Method, r.URL.Path, r.ContentLength, time.Since(start), strings.HasPrefix(r.URL.Path, "/webhook"))
	})
}

// cacheKey builds the key used for the in-memory metadata cache.
func cacheKey(secretName, version string) string {
	return "meta:" + secretName + ":" + version
}
