package io.interven.gateway.db;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionMethod;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * Renders each SQL template once per template, not once per statement, and names the statement after the SQL
 * object method that runs it ({@code /* ApiKeyDao.findForAuthentication *}{@code /}), as Dropwizard's template engine
 * does for database-side monitoring. Dropwizard's engine renders (and so lexes) the template on every statement;
 * this one hands Jdbi a parsed template, which Jdbi caches, so a statement costs a string concatenation.
 */
public final class NamedStatementTemplates implements TemplateEngine {
    private final TemplateEngine templates;
    private final Map<Method, String> names = new ConcurrentHashMap<>();

    /** @param templates the engine that expands the templates themselves (Jdbi's defined attributes) */
    public NamedStatementTemplates(TemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public String render(String template, StatementContext ctx) {
        return parse(template, ctx.getConfig()).orElseThrow().apply(ctx);
    }

    @Override
    public Optional<Function<StatementContext, String>> parse(String template, ConfigRegistry config) {
        Function<StatementContext, String> expand = templates.parse(template, config)
                .orElse(ctx -> templates.render(template, ctx));
        return Optional.of(ctx -> named(expand.apply(ctx), ctx.getExtensionMethod()));
    }

    private String named(String sql, ExtensionMethod method) {
        if (method == null) {
            return sql;
        }
        return names.computeIfAbsent(method.getMethod(), m -> "/* " + nameOf(method) + " */ ") + sql;
    }

    private static String nameOf(ExtensionMethod method) {
        String type = method.getType().getSimpleName();
        return type.isEmpty() ? method.getMethod().getName() : type + "." + method.getMethod().getName();
    }
}
