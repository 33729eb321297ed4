-- RS256 signing keys. The private key is PKCS#8 encrypted with AES-GCM (nonce || ciphertext),
-- the public key is X.509 SubjectPublicKeyInfo. The current key is the active one activated last;
-- a superseded key stays published until every token it signed has expired, then it is retired.
CREATE TABLE signing_keys (
    kid                    VARCHAR(64)  PRIMARY KEY,
    private_key_encrypted  BYTEA        NOT NULL,
    public_key             BYTEA        NOT NULL,
    created_at             TIMESTAMPTZ  NOT NULL,
    activated_at           TIMESTAMPTZ  NOT NULL,
    superseded_at          TIMESTAMPTZ,
    retired_at             TIMESTAMPTZ
);

CREATE INDEX signing_keys_published_idx ON signing_keys (activated_at DESC) WHERE retired_at IS NULL;
