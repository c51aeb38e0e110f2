-- Ephemeral keys (iv_eph_...) live in api_keys with kind 'ephemeral' and these limits: an expiry (valid_until,
-- epoch milliseconds), at most max_uses scans (null: any number until expiry), counted in uses by one conditional
-- UPDATE per scan, and a scope of tool names and verbs (comma-separated; null: any). A trace names the ephemeral key
-- that made the call (null for a long-lived key).

ALTER TABLE api_keys ADD COLUMN valid_until BIGINT;
ALTER TABLE api_keys ADD COLUMN max_uses INTEGER;
ALTER TABLE api_keys ADD COLUMN uses INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE api_keys ADD COLUMN scope_tools VARCHAR(1000);
ALTER TABLE api_keys ADD COLUMN scope_verbs VARCHAR(100);
ALTER TABLE traces ADD COLUMN ephemeral_key_id UUID;
