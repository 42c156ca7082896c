package org.newsgraph.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.gateway.model.Enums.EntityKind;

@Interface("Entity")
@Description("A who of the story: a person, organisation, place or delegation")
public interface Entity extends Node {

    @Override
    @Id
    @NonNull
    String getId();

    @NonNull
    EntityKind getKind();

    @NonNull
    String getName();

    @NonNull
    List<@NonNull Alias> getAliases();

    String getDescription();

    @Description("Wikidata id, e.g. Q7747")
    String getWikidataId();

    @Description("Hidden from lists and search; still readable by id")
    boolean isArchived();

    @Description("Why an editor archived it, when archived")
    String getArchiveReason();

    @Id
    @Description("Set when this record was merged into another: the survivor's id")
    String getMergedInto();

    int getVersion();
}
