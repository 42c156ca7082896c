package org.newsgraph.gateway.graph;

import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.gateway.client.Entities;
import org.newsgraph.gateway.client.Quotes;
import org.newsgraph.gateway.model.Affiliation;
import org.newsgraph.gateway.model.Connections.QuoteConnection;
import org.newsgraph.gateway.model.Entity;
import org.newsgraph.gateway.model.Inputs.AffiliationInput;
import org.newsgraph.gateway.model.Person;
import org.newsgraph.platform.security.Roles;

/** People: their titles at organisations (affiliations), what they said (their events: EntityGraph). */
@GraphQLApi
public class PersonGraph {

    @Inject
    Caller caller;

    @Inject
    QueryBudget budget;

    @Inject
    Entities entities;

    @Inject
    Quotes quotes;

    @Description("The person's titles at organisations, current or not (each says which)")
    public Uni<List<List<@NonNull Affiliation>>> affiliations(@Source List<Person> people) {
        return entities.affiliationsOf(people, Person::getId);
    }

    @Description("What this person said")
    public Uni<List<QuoteConnection>> quotes(@Source List<Person> people, Integer first, String after) {
        return budget.pages(people.size(), first, () -> quotes.of(Quotes.Parent.SPEAKER, people, Person::getId, first,
                after));
    }

    @Description("The organisation of this title")
    public Uni<List<Entity>> organisation(@Source List<Affiliation> affiliations) {
        return entities.of(affiliations, Affiliation::organisationId);
    }

    @Mutation
    @Description("Record a person's title at an organisation (reporter)")
    public Uni<Affiliation> createAffiliation(@NonNull AffiliationInput input) {
        return caller.check(Roles.REPORTER).chain(() -> entities.createAffiliation(input));
    }

    @Mutation
    @Description("Edit an affiliation, e.g. the date it ended (reporter)")
    public Uni<Affiliation> updateAffiliation(@NonNull @Id String id, int version, @NonNull AffiliationInput input) {
        return caller.check(Roles.REPORTER).chain(() -> entities.updateAffiliation(id, version, input));
    }

    @Mutation
    @NonNull
    @Description("Delete an affiliation for good (admin)")
    public Uni<Boolean> deleteAffiliation(@NonNull @Id String id) {
        return caller.check(Roles.ADMIN).chain(() -> entities.deleteAffiliation(id));
    }
}
