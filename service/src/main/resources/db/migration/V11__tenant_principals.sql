-- tenant_principals: the tenant's own organisation, one row per named principal: kind is the setting
-- (email_domains, github_orgs, slack_workspaces, jira_sites, domains) and principal the value, lower case, names in
-- punycode. A tenant without rows has no own principals: every principal a call names is outside.
CREATE TABLE tenant_principals (
    tenant_id UUID         NOT NULL REFERENCES tenants (id),
    kind      VARCHAR(32)  NOT NULL,
    principal VARCHAR(253) NOT NULL,
    PRIMARY KEY (tenant_id, kind, principal)
);
