package io.interven.gateway.resources;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that a used-up ephemeral key may still call: reporting on a call the key already made (its
 * response). Every other endpoint refuses a used-up key ({@link UsedUpKeyFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OpenToUsedUpKeys {
}
