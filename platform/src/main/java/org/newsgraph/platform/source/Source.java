package org.newsgraph.platform.source;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a record comes from: the publication, the address, when it was published and when we
 * retrieved it. Events and quotes cite their sources; a quote without one cannot be published.
 */
@Embeddable
public class Source {

    @NotBlank
    @Size(max = 300)
    @Column(name = "publication", nullable = false)
    public String publication;

    @Size(max = 2000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address")
    @Column(name = "url")
    public String url;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "retrieved_at")
    public Instant retrievedAt;

    public Source() {
    }

    public Source(String publication, String url, Instant publishedAt, Instant retrievedAt) {
        this.publication = publication;
        this.url = url;
        this.publishedAt = publishedAt;
        this.retrievedAt = retrievedAt;
    }

    public Source copy() {
        return new Source(publication, url, publishedAt, retrievedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && Objects.equals(publication, s.publication) && Objects.equals(url, s.url)
                && Objects.equals(publishedAt, s.publishedAt) && Objects.equals(retrievedAt, s.retrievedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(publication, url, publishedAt, retrievedAt);
    }
}
