package org.newsgraph.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.gateway.model.Enums.EntityKind;

/** The fields every kind shares, filled from entity-service's answer. */
public abstract class EntityBase {

    protected final EntityRecord record;

    protected EntityBase(EntityRecord record) {
        this.record = record;
    }

    @Id
    @NonNull
    public String getId() {
        return record.id();
    }

    @NonNull
    public EntityKind getKind() {
        return record.kind();
    }

    @NonNull
    public String getName() {
        return record.name();
    }

    @NonNull
    public List<@NonNull Alias> getAliases() {
        return record.aliases() == null ? List.of() : record.aliases();
    }

    public String getDescription() {
        return record.description();
    }

    public String getWikidataId() {
        return record.wikidataId();
    }

    public boolean isArchived() {
        return record.archived();
    }

    @Description("Why an editor archived it, when archived")
    public String getArchiveReason() {
        return record.archiveReason();
    }

    @Id
    @Description("Set when this record was merged into another: the survivor's id")
    public String getMergedInto() {
        return record.mergedInto();
    }

    public int getVersion() {
        return record.version();
    }

    @Ignore
    public EntityRecord getRecord() {
        return record;
    }

    /** The schema's type for an entity-service record. */
    public static Entity of(EntityRecord record) {
        return switch (record.kind()) {
            case PERSON -> new Person(record);
            case ORGANISATION -> new Organisation(record);
            case PLACE -> new Place(record);
            case DELEGATION -> new Delegation(record);
        };
    }
}
