package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.interven.gateway.config.ApprovalsConfiguration;
import io.interven.gateway.config.BootstrapConfiguration;
import io.interven.gateway.config.LimitsConfiguration;
import io.interven.gateway.config.PluginsConfiguration;
import io.interven.gateway.config.RiskConfiguration;
import io.interven.gateway.config.TracesConfiguration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** config.yml: one section per concern. */
public class GatewayConfiguration extends Configuration {
    @Valid @NotNull @JsonProperty
    public DataSourceFactory database = new DataSourceFactory();

    @Valid @NotNull @JsonProperty
    public PluginsConfiguration plugins = new PluginsConfiguration();

    @Valid @NotNull @JsonProperty
    public LimitsConfiguration limits = new LimitsConfiguration();

    @Valid @NotNull @JsonProperty
    public RiskConfiguration risk = new RiskConfiguration();

    @Valid @NotNull @JsonProperty
    public TracesConfiguration traces = new TracesConfiguration();

    @Valid @NotNull @JsonProperty
    public ApprovalsConfiguration approvals = new ApprovalsConfiguration();

    @Valid @NotNull @JsonProperty
    public CachesConfiguration caches = new CachesConfiguration();

    @Valid @NotNull @JsonProperty
    public BootstrapConfiguration bootstrap = new BootstrapConfiguration();

    @Valid @NotNull @JsonProperty
    public EphemeralKeysConfiguration ephemeralKeys = new EphemeralKeysConfiguration();

    @Valid @NotNull @JsonProperty
    public HistoryConfiguration history = new HistoryConfiguration();

    @Valid
    @NotNull
    public A2aConfiguration a2a = new A2aConfiguration();

    @Valid @NotNull @JsonProperty
    public InboundConfiguration inbound = new InboundConfiguration();

    /**
     * {@code POST /v1/scan} answered in front of Jersey when every check before the scan passes (the same answers,
     * a third less processor time for a small call); false leaves every request to Jersey.
     */
    @JsonProperty
    public boolean directScan = true;
}
