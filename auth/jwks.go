package auth

import (
	"context"
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"sync"
	"time"
)

// jwk is one key of a JSON Web Key Set; only Ed25519 (OKP) and RSA signing keys are used.
type jwk struct {
	Kty string `json:"kty"`
	Kid string `json:"kid"`
	Use string `json:"use"`
	Alg string `json:"alg"`
	Crv string `json:"crv"`
	X   string `json:"x"`
	N   string `json:"n"`
	E   string `json:"e"`
}

// ParseJWKS reads a JSON Web Key Set into keys by kid, skipping keys it cannot use.
func ParseJWKS(data []byte) (StaticKeys, error) {
	var set struct {
		Keys []jwk `json:"keys"`
	}
	if err := json.Unmarshal(data, &set); err != nil {
		return nil, fmt.Errorf("parse JWKS: %w", err)
	}
	keys := StaticKeys{}
	for _, k := range set.Keys {
		if k.Kid == "" || (k.Use != "" && k.Use != "sig") {
			continue
		}
		switch {
		case k.Kty == "OKP" && k.Crv == "Ed25519":
			x, err := base64.RawURLEncoding.DecodeString(k.X)
			if err != nil || len(x) != ed25519.PublicKeySize {
				continue
			}
			keys[k.Kid] = ed25519.PublicKey(x)
		case k.Kty == "RSA":
			n, err1 := base64.RawURLEncoding.DecodeString(k.N)
			e, err2 := base64.RawURLEncoding.DecodeString(k.E)
			if err1 != nil || err2 != nil || len(n) < 256 { // at least 2048-bit moduli
				continue
			}
			keys[k.Kid] = &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}
		}
	}
	return keys, nil
}

// LoadJWKSFile reads a JWKS from a file.
func LoadJWKSFile(path string) (StaticKeys, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseJWKS(data)
}

// RemoteJWKS is an identity provider's key set fetched from a URL and cached. An unknown kid
// refetches it, at most once per MinRefetch, so rotated keys work without a restart and a flood
// of made-up kids cannot turn Concord into a client that hammers the provider.
type RemoteJWKS struct {
	URL        string
	Client     *http.Client
	MinRefetch time.Duration

	mu      sync.Mutex
	keys    StaticKeys
	fetched time.Time
	Fetches int // how many times the set was fetched, for tests and metrics
}

// Key implements KeySource.
func (r *RemoteJWKS) Key(kid string) (crypto.PublicKey, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if k, ok := r.keys[kid]; ok {
		return k, true
	}
	if !r.fetched.IsZero() && time.Since(r.fetched) < r.MinRefetch {
		return nil, false
	}
	r.fetched = time.Now()
	if keys, err := r.fetch(); err == nil {
		r.keys = keys
	}
	k, ok := r.keys[kid]
	return k, ok
}

func (r *RemoteJWKS) fetch() (StaticKeys, error) {
	r.Fetches++
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.URL, nil)
	if err != nil {
		return nil, err
	}
	client := r.Client
	if client == nil {
		client = &http.Client{Timeout: 5 * time.Second}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("JWKS %s: %s", r.URL, resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	return ParseJWKS(data)
}
