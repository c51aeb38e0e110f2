package io.interven.gateway.db;

import java.sql.Types;
import java.util.UUID;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds UUIDs as SQL objects and null UUIDs as {@code Types.OTHER}, which PostgreSQL accepts for a uuid column
 * (a null bound as VARCHAR is refused there) and H2 accepts too.
 */
class UuidArgumentFactory extends AbstractArgumentFactory<UUID> {
    UuidArgumentFactory() {
        super(Types.OTHER);
    }

    @Override
    protected Argument build(UUID value, ConfigRegistry config) {
        return (position, statement, context) -> statement.setObject(position, value);
    }
}
