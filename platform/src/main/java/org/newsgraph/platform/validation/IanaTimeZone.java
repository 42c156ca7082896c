package org.newsgraph.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An IANA time zone name such as {@code America/Anchorage}. Fixed offsets ("+02:00") and
 * abbreviations ("BST") are refused: a place's zone must know its daylight-saving rules.
 */
@Documented
@Constraint(validatedBy = IanaTimeZone.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface IanaTimeZone {

    String message() default "must be an IANA time zone such as America/Anchorage";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IanaTimeZone, String> {

        /** The JDK copies its zone list on every call: read it once. */
        private static final java.util.Set<String> ZONES = java.util.Set.copyOf(ZoneId.getAvailableZoneIds());

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isIanaZone(value);
        }

        /** True for a region-based zone id the JDK's tz database knows (and for "UTC"). */
        public static boolean isIanaZone(String value) {
            return value.contains("/") && ZONES.contains(value) || "UTC".equals(value);
        }
    }
}
