"""Who may do what (DOMAIN §13.3): one table from action to roles, default-deny for an action it does not list."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from desk_app.domain.enums import Role


class Action(StrEnum):
    READ_CASES = "READ_CASES"
    """Read case content: visits, petitions, citizens, cases, registers, drill-downs (identity still masked)."""
    SEE_ALL_CONFIDENTIAL = "SEE_ALL_CONFIDENTIAL"
    """See every denouncer and confidential record in clear (each reveal is logged)."""
    EXPORT_IDENTITY = "EXPORT_IDENTITY"
    """Exports and printed books with full ID numbers and confidential identities."""
    VIEW_REPORTS = "VIEW_REPORTS"
    """The statutory forms' aggregates (Biểu 01/TCD, 01–04/XLD) and the summary."""
    MANAGE_USERS = "MANAGE_USERS"
    """Add users, reset passwords, deactivate, change roles (never one's own)."""
    GRANT_LEADER = "GRANT_LEADER"
    """Give the LANH_DAO role: only a leader, confirmed by the leader's password."""
    GRANT_ACCESS = "GRANT_ACCESS"
    """Let a named staff member see one confidential case or petition (an access grant), and revoke it."""
    VIEW_AUDIT = "VIEW_AUDIT"
    """Read, export and verify the audit log."""
    HEAR_OF_HIDDEN_DUPLICATE = "HEAR_OF_HIDDEN_DUPLICATE"
    """Be told that an earlier confidential letter one may not see matches the one being entered (nothing more)."""
    WRITE_CASES = "WRITE_CASES"
    """Create, edit and void visits, petitions, cases, citizens and conclusions; take the numbers of receipts,
    notices and petition documents; attach scans; lock a report's figures; import registers."""
    MANAGE_SETTINGS = "MANAGE_SETTINGS"
    """The office's settings: office details, staff, places, deadline rules, form texts, the working calendar."""
    MANAGE_SCHEDULE = "MANAGE_SCHEDULE"
    """The head's reception calendar and dialogues: rules, generating, publishing (its notice number), registrants,
    marking a session held, postponed, cancelled or without citizens."""
    MANAGE_BACKUPS = "MANAGE_BACKUPS"
    """Put a backup in place of the database (the current file is kept aside) and choose the second backup folder.
    Making a backup needs no role: it only adds a copy."""


R = Role
_CASE_ROLES: Final = frozenset({R.TIEP_CONG_DAN, R.XU_LY_DON, R.LANH_DAO, R.VAN_THU})

PERMISSIONS: Final[Mapping[Action, frozenset[Role]]] = MappingProxyType(
    {
        Action.READ_CASES: _CASE_ROLES,
        Action.SEE_ALL_CONFIDENTIAL: frozenset({R.LANH_DAO}),
        Action.EXPORT_IDENTITY: frozenset({R.LANH_DAO}),
        Action.VIEW_REPORTS: _CASE_ROLES | {R.XEM_BAO_CAO},
        Action.MANAGE_USERS: frozenset({R.QUAN_TRI}),
        Action.GRANT_LEADER: frozenset({R.LANH_DAO}),
        Action.GRANT_ACCESS: frozenset({R.LANH_DAO}),
        Action.VIEW_AUDIT: frozenset({R.LANH_DAO, R.QUAN_TRI}),
        Action.HEAR_OF_HIDDEN_DUPLICATE: frozenset({R.XU_LY_DON}),
        Action.WRITE_CASES: _CASE_ROLES,
        Action.MANAGE_SETTINGS: frozenset({R.QUAN_TRI, R.LANH_DAO}),
        Action.MANAGE_SCHEDULE: _CASE_ROLES | {R.QUAN_TRI},
        Action.MANAGE_BACKUPS: frozenset({R.QUAN_TRI, R.LANH_DAO}),
    }
)


def allowed(roles: Collection[Role], action: Action) -> bool:
    """Whether any of these roles may take the action; an action missing from the table is denied to all."""
    return bool(PERMISSIONS.get(action, frozenset()).intersection(roles))
