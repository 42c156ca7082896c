package org.newsgraph.gateway.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error gets a code a client can switch on; the gateway's own faults get an id that the log has too. */
class ErrorCodesTests {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger log = Logger.getLogger(ErrorCodes.class.getName());

    @BeforeEach
    void captureTheLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        log.removeHandler(capture);
    }

    @Test
    void anUnexpectedExceptionIsInternalWithAnIdThatTheLogHasToo() {
        GraphQLError error = ErrorCodes.withCode(fetching(new IndexOutOfBoundsException("Index -5 out of bounds for length 3")));

        assertEquals("INTERNAL", error.getExtensions().get("code"));
        String id = (String) error.getExtensions().get("id");
        assertTrue(id != null && id.length() == 36, "an id: " + id);
        assertTrue(error.getMessage().contains(id));
        assertFalse(error.getMessage().contains("Index") || error.getMessage().contains("Bounds"),
                "neither the exception's name nor its message reach the client: " + error.getMessage());
        assertEquals(List.of("timeline", "edges"), error.getPath());

        LogRecord line = logged.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no ERROR line: " + logged));
        assertTrue(format(line).contains(id), "the log line names the id: " + format(line));
        assertTrue(line.getThrown() instanceof IndexOutOfBoundsException, "with the stack trace");
    }

    @Test
    void aRefusalKeepsItsCodeAndFieldAndIsNotAnError() {
        GraphQLError error = ErrorCodes.withCode(fetching(new GraphError.BadUserInput("zone must be an IANA zone", "zone")));

        assertEquals(Map.of("code", "BAD_USER_INPUT", "field", "zone"), error.getExtensions());
        assertEquals("zone must be an IANA zone", error.getMessage());
        assertTrue(logged.stream().noneMatch(r -> r.getLevel().intValue() >= Level.INFO.intValue()),
                "a user's mistake is not logged above DEBUG: " + logged);
    }

    @Test
    void aConflictCarriesTheCurrentVersion() {
        GraphQLError error = ErrorCodes.withCode(fetching(new GraphError.Conflict("stale", 4L)));
        assertEquals(Map.of("code", "CONFLICT", "currentVersion", 4L), error.getExtensions());
    }

    @Test
    void parseAndValidationFailuresGetApollosCodes() {
        GraphQLError parse = ErrorCodes.withCode(new InvalidSyntaxError(new SourceLocation(1, 3), "Invalid syntax"));
        GraphQLError validation = ErrorCodes.withCode(ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.FieldUndefined).description("no field salary").build());

        assertEquals(Map.of("code", "GRAPHQL_PARSE_FAILED"), parse.getExtensions());
        assertEquals(List.of(new SourceLocation(1, 3)), parse.getLocations());
        assertEquals(Map.of("code", "GRAPHQL_VALIDATION_FAILED"), validation.getExtensions());
    }

    private static ExceptionWhileDataFetching fetching(Throwable exception) {
        return new ExceptionWhileDataFetching(ResultPath.parse("/timeline/edges"), exception, new SourceLocation(1, 1));
    }

    private static String format(LogRecord record) {
        return record.getParameters() == null ? record.getMessage()
                : String.format(record.getMessage(), record.getParameters());
    }
}
