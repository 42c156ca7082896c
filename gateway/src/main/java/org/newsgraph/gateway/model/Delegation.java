package org.newsgraph.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Delegation")
@Description("A named group an organisation sends, with a head who is one of its members")
public class Delegation extends EntityBase implements Entity {

    public Delegation(EntityRecord record) {
        super(record);
    }

    @NonNull
    public List<@NonNull DelegationMember> getMembers() {
        return record.delegation() == null || record.delegation().members() == null ? List.of()
                : record.delegation().members();
    }

    @Ignore
    public String getHeadId() {
        return record.delegation() == null ? null : record.delegation().headId();
    }

    @Ignore
    public String getOrganisationId() {
        return record.delegation() == null ? null : record.delegation().organisationId();
    }
}
