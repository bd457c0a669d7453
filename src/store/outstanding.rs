//! What is still unknown about each family, kept with it for the families list: recomputed in
//! the transaction of every change to the family or its visits.

use rusqlite::{Connection, params};
use uuid::Uuid;

use super::{StoreError, to_json, uuid_col};

/// Recomputes what is still unknown about a household from its visits and keeps it with the
/// household row. Called inside the transaction of every change to the family or its visits.
pub(crate) fn refresh(conn: &Connection, id: Uuid) -> Result<(), StoreError> {
    let household = super::rows::read_household(conn, id)?;
    let visits = super::rows::read_visits(conn, id)?;
    let short: Vec<crate::unknowns::Gap> = crate::unknowns::unknowns(&household, &visits)
        .iter()
        .map(crate::unknowns::Gap::from)
        .collect();
    conn.execute(
        "UPDATE households SET outstanding = ?2 WHERE id = ?1",
        params![id.to_string(), to_json(&short, "households.outstanding")?],
    )?;
    Ok(())
}

/// [`refresh`] for every household (the migration to schema 3 fills them in with it).
pub(crate) fn refresh_all(conn: &Connection) -> Result<(), StoreError> {
    let ids: Vec<String> = conn
        .prepare("SELECT id FROM households")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for id in ids {
        refresh(conn, uuid_col(&id, "households.id")?)?;
    }
    Ok(())
}
