package org.newsgraph.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

class StrictJsonTests {

    record Alias(String name, String language) {
    }

    record Input(String name, List<Alias> aliases, List<String> tags, Set<String> kinds, LocalDate born,
            Instant seen) {
    }

    private static final ObjectMapper JSON = StrictJson.configure(new ObjectMapper().findAndRegisterModules());

    private static String refusedPath(String json) {
        MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> JSON.readValue(json, Input.class));
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @Test
    void goodInputReadsAsBefore() throws Exception {
        Input input = JSON.readValue("""
                {"name": "Путин", "aliases": [{"name": "Putin", "language": "en"}], "tags": ["summit"],
                 "kinds": ["DIRECT"], "born": "1952-10-07", "seen": "2025-08-15T19:30:00Z"}""", Input.class);
        assertEquals("Путин", input.name());
        assertEquals(LocalDate.of(1952, 10, 7), input.born());
    }

    @Test
    void aNulCharacterIsRefusedWithItsPath() {
        assertEquals("name", refusedPath("{\"name\": \"a\\u0000b\"}"));
        assertEquals("aliases[0].name", refusedPath("{\"aliases\": [{\"name\": \"\\u0000\"}]}"));
        assertEquals("tags[1]", refusedPath("{\"tags\": [\"ok\", \"x\\u0000\"]}"));
    }

    @Test
    void halfASurrogatePairIsRefusedWithItsPathAndAWholeOneIsKept() throws Exception {
        assertEquals("name", refusedPath("{\"name\": \"Putin \\ud83d said\"}"));
        assertEquals("name", refusedPath("{\"name\": \"\\ude00\"}"));
        assertEquals("aliases[0].name", refusedPath("{\"aliases\": [{\"name\": \"x\\udc00\\ud800\"}]}"));
        assertEquals("tags[0]", refusedPath("{\"tags\": [\"\\ud800\"]}"));
        assertEquals("Putin \ud83d\ude00", JSON.readValue("{\"name\": \"Putin \\ud83d\\ude00\"}", Input.class).name());
    }

    @Test
    void datesOutsideTheYearsWeKeepAreRefusedWithTheirPath() {
        assertEquals("born", refusedPath("{\"born\": \"+999999999-12-31\"}"));
        assertEquals("born", refusedPath("{\"born\": \"0000-01-01\"}"));
        assertEquals("seen", refusedPath("{\"seen\": \"+300000-01-01T00:00:00Z\"}"));
    }

    @Test
    void aNullInAListIsRefusedWithItsIndex() {
        assertEquals("aliases[0]", refusedPath("{\"aliases\": [null]}"));
        assertEquals("tags[1]", refusedPath("{\"tags\": [\"ok\", null]}"));
        assertEquals("kinds[0]", refusedPath("{\"kinds\": [null]}"));
    }

    @Test
    void aMissingListIsStillJustMissing() throws JsonMappingException, Exception {
        assertEquals(null, JSON.readValue("{\"name\": \"x\", \"tags\": null}", Input.class).tags());
    }
}
