-- The approvals listings (GET /v1/approvals) read a page in creation order: the pending queue oldest first, every
-- other listing newest first, ties by approval id. Without an index holding that order the database read every
-- approval of the tenant and sorted them for each page. One index serves both directions (read backwards for the
-- newest first). The environment and status filters are checked on the rows as they are read, so a page stops once
-- it is full.
CREATE INDEX approvals_by_tenant_time ON approvals (tenant_id, created_at, id);
