package org.newsgraph.entity.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.newsgraph.entity.DelegationMember;

/** The organisation that sends the delegation, its members with their roles, and its head (a member). */
public record DelegationDetails(
        @NotNull UUID organisationId,
        UUID headId,
        @Size(max = 200) List<@Valid @NotNull DelegationMember> members) {
}
