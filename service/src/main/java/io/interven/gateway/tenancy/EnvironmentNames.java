package io.interven.gateway.tenancy;

import java.util.regex.Pattern;

/** What an {@code env_name} may look like: {@code production}, {@code staging}, {@code eu-prod}, ... */
public final class EnvironmentNames {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    private EnvironmentNames() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }
}
