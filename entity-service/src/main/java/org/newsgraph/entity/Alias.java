package org.newsgraph.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Another name a record is known by, with the language it is written in where that matters
 * ("Владимир Путин" is {@code ru}; a transliteration such as "Zelenskiy" has none).
 */
@Embeddable
public class Alias {

    @NotBlank
    @Size(max = 300)
    @Column(name = "name", nullable = false)
    public String name;

    @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as ru or en-GB")
    @Column(name = "language")
    public String language;

    public Alias() {
    }

    public Alias(String name, String language) {
        this.name = name;
        this.language = language;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alias other && Objects.equals(name, other.name) && Objects.equals(language, other.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, language);
    }
}
