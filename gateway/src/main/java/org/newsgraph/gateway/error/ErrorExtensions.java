package org.newsgraph.gateway.error;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Adds {@code extensions.field} and {@code extensions.currentVersion} to GraphQL errors that have them. */
public final class ErrorExtensions {

    private ErrorExtensions() {
    }

    public static class Field implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "field";
        }

        @Override
        public JsonValue mapValueFrom(Throwable exception) {
            return exception instanceof GraphError e && e.field() != null ? Json.createValue(e.field()) : null;
        }
    }

    public static class CurrentVersion implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "currentVersion";
        }

        @Override
        public JsonValue mapValueFrom(Throwable exception) {
            return exception instanceof GraphError e && e.currentVersion() != null
                    ? Json.createValue(e.currentVersion())
                    : null;
        }
    }
}
