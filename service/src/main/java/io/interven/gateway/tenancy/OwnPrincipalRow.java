package io.interven.gateway.tenancy;

/** One row of {@code tenant_principals}: a value of one of the tenant's own-principal lists. */
public record OwnPrincipalRow(String kind, String principal) {
}
