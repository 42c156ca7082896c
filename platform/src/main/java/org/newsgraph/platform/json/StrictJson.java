package org.newsgraph.platform.json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.newsgraph.platform.time.TimeLimits;

/**
 * What every service refuses while reading JSON, before any of it reaches a record or the
 * database: text with a NUL character (PostgreSQL cannot store it) or half of a UTF-16 surrogate
 * pair (no character at all: UTF-8 cannot hold it, and it was stored as a silent {@code ?} in
 * the reporter's text), dates and instants outside
 * the years Newsgraph keeps, and {@code null} as an element of a list. Each is a
 * {@code MismatchedInputException} with the path of the value, so the platform's mapper answers
 * 400 naming the field ({@code aliases[0].name}, {@code sources[0]}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private static final Set<Class<?>> DATES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            OffsetDateTime.class, ZonedDateTime.class);

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    /** Applies the rules to a mapper (also one made outside CDI, as in unit tests). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(module());
        for (Class<?> list : List.of(Collection.class, List.class, Set.class)) {
            mapper.configOverride(list).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        return mapper;
    }

    private static Module module() {
        SimpleModule module = new SimpleModule("newsgraph-strict-json");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class || DATES.contains(type)) {
                    return new Checked(deserializer);
                }
                return deserializer;
            }
        });
        return module;
    }

    /** Where the text holds half of a surrogate pair without the other half, or -1. */
    public static int loneSurrogateAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the value as before, then refuses it if it breaks a rule. */
    static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof String text && text.indexOf('\0') >= 0) {
                return context.reportInputMismatch(this, "text must not contain the NUL character (\\u0000)");
            }
            int half = value instanceof String text ? loneSurrogateAt(text) : -1;
            if (half >= 0) {
                return context.reportInputMismatch(this, "text must not contain half of a surrogate pair (\\u"
                        + Integer.toHexString(((String) value).charAt(half)) + " at character " + half
                        + "): it is no character; send the whole pair or the character itself");
            }
            if (value != null && !TimeLimits.contains(value)) {
                return context.reportInputMismatch(this, TimeLimits.outside(value));
            }
            return value;
        }
    }
}
