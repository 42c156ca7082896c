package org.newsgraph.gateway.client;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import org.newsgraph.platform.workflow.WorkflowState;

/** Request bodies for the services: an input as it is, plus the version an edit was based on. */
final class Bodies {

    private Bodies() {
    }

    static Map<String, Object> withVersion(Object input, int version) {
        Map<String, Object> body = new HashMap<>(Arc.container().instance(ObjectMapper.class).get()
                .convertValue(input, new TypeReference<Map<String, Object>>() {
                }));
        body.put("version", version);
        return body;
    }

    /** A move in the workflow (a retraction says why). */
    static Map<String, Object> move(WorkflowState to, int version, String reason) {
        return of("to", to, "version", version, "reason", reason);
    }

    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                body.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return body;
    }
}
