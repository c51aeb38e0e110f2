package io.interven.gateway.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * {@code policies} (one row per named policy of an environment, with its latest version number) and
 * {@code policy_versions} (every version, never rewritten).
 */
@RegisterConstructorMapper(PolicyVersionRow.class)
public interface PolicyDao {
    /** A policy's columns with those of one of its versions. */
    String SELECT_VERSION = "SELECT p.id, p.tenant_id, p.env_name, p.name, v.version, v.description, v.mode, "
            + "v.enabled, v.rules_json, v.created_at FROM policies p JOIN policy_versions v ON v.policy_id = p.id ";

    @SqlQuery("SELECT id FROM policies WHERE tenant_id = :tenantId AND env_name = :envName AND name = :name")
    Optional<UUID> findId(@Bind("tenantId") UUID tenantId, @Bind("envName") String envName,
                          @Bind("name") String name);

    @SqlUpdate("INSERT INTO policies (id, tenant_id, env_name, name, latest_version, created_at) "
            + "VALUES (:id, :tenantId, :envName, :name, 1, :now)")
    void insertPolicy(@Bind("id") UUID id, @Bind("tenantId") UUID tenantId, @Bind("envName") String envName,
                      @Bind("name") String name, @Bind("now") long now);

    @SqlQuery("SELECT latest_version FROM policies WHERE id = :id")
    int latestVersion(@Bind("id") UUID id);

    @SqlQuery("SELECT content_hash FROM policy_versions WHERE policy_id = :id AND version = :version")
    String contentHash(@Bind("id") UUID id, @Bind("version") int version);

    /** Moves the latest version from {@code current} to {@code next}; 0 when another apply moved it first. */
    @SqlUpdate("UPDATE policies SET latest_version = :next WHERE id = :id AND latest_version = :current")
    int advanceVersion(@Bind("id") UUID id, @Bind("current") int current, @Bind("next") int next);

    @SqlUpdate("INSERT INTO policy_versions (policy_id, version, description, mode, enabled, rules_json, "
            + "content_hash, created_at, created_by) VALUES (:id, :version, :description, :mode, :enabled, "
            + ":rulesJson, :contentHash, :now, :by)")
    void insertVersion(@Bind("id") UUID id, @Bind("version") int version, @Bind("description") String description,
                       @Bind("mode") String mode, @Bind("enabled") boolean enabled,
                       @Bind("rulesJson") String rulesJson, @Bind("contentHash") String contentHash,
                       @Bind("now") long now, @Bind("by") UUID by);

    @SqlQuery(SELECT_VERSION + "WHERE p.tenant_id = :tenantId AND p.env_name = :envName AND p.name = :name "
            + "AND v.version = :version")
    Optional<PolicyVersionRow> version(@Bind("tenantId") UUID tenantId, @Bind("envName") String envName,
                                       @Bind("name") String name, @Bind("version") int version);

    @SqlQuery(SELECT_VERSION + "WHERE p.tenant_id = :tenantId AND p.env_name = :envName AND p.name = :name "
            + "AND v.version = p.latest_version")
    Optional<PolicyVersionRow> latest(@Bind("tenantId") UUID tenantId, @Bind("envName") String envName,
                                      @Bind("name") String name);

    @SqlQuery(SELECT_VERSION + "WHERE p.tenant_id = :tenantId AND p.env_name = :envName AND p.name = :name "
            + "ORDER BY v.version")
    List<PolicyVersionRow> versions(@Bind("tenantId") UUID tenantId, @Bind("envName") String envName,
                                    @Bind("name") String name);

    /** The latest version of every policy of the environment, enabled or not, by name. */
    @SqlQuery(SELECT_VERSION + "WHERE p.tenant_id = :tenantId AND p.env_name = :envName "
            + "AND v.version = p.latest_version ORDER BY p.name")
    List<PolicyVersionRow> latestOfEnvironment(@Bind("tenantId") UUID tenantId, @Bind("envName") String envName);
}
