-- rate_windows.last_grant: how many scans the last conditional UPDATE of the window handed to the node that ran it.
-- A node serving a tenant at a high rate takes several scans of the budget in one statement and counts them down in
-- memory; used never exceeds budget, so the limit stays exact as an upper bound across every node.
ALTER TABLE rate_windows ADD COLUMN last_grant INTEGER DEFAULT 0 NOT NULL;
