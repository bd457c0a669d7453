//! The `/v1` JSON API that devices use: enrolment, pushing reflections, pulling replies.

use std::net::IpAddr;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use doorstep_core::anonymise::structured_identifiers;
use doorstep_core::wire::{
    self, EnrolRequest, EnrolResponse, ErrorBody, Health, ItemResult, ItemStatus, PushRequest,
    PushResponse, ReflectionItem, RepliesPage, ReplyItem,
};
use serde::Deserialize;
use utoipa::OpenApi;
use uuid::Uuid;

use crate::db::{
    Actor, AuditAction, AuditEntry, Batch, Device, Enrolment, IngestOutcome, Ingested,
    NewReflection, Page,
};
use crate::limits::ClientAddr;
use crate::{AppState, now, random_token, sha256_hex};
use doorstep_core::content::Theme;

/// An API error: status, stable code, message, and for 429 how long to wait.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            retry_after: None,
        }
    }

    fn server(e: impl std::fmt::Display) -> ApiError {
        tracing::error!(error = %e, "storage error");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "The server could not complete the request. Try again later.",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut r = (
            self.status,
            Json(ErrorBody {
                code: self.code.to_string(),
                message: self.message,
            }),
        )
            .into_response();
        if let Some(s) = self.retry_after
            && let Ok(v) = HeaderValue::from_str(&s.to_string())
        {
            r.headers_mut().insert(header::RETRY_AFTER, v);
        }
        r
    }
}

impl From<crate::db::DbError> for ApiError {
    fn from(e: crate::db::DbError) -> ApiError {
        match e {
            crate::db::DbError::Unavailable => ApiError {
                status: StatusCode::SERVICE_UNAVAILABLE,
                code: "unavailable",
                message:
                    "The server's database is not answering. Nothing is lost: try again later."
                        .to_string(),
                retry_after: Some(UNAVAILABLE_RETRY_SECS),
            },
            e => ApiError::server(e),
        }
    }
}

/// How long a client is asked to wait when the database is unavailable.
pub const UNAVAILABLE_RETRY_SECS: u64 = 30;

/// 429 with Retry-After.
pub fn too_many(message: &str, wait: u64) -> ApiError {
    ApiError {
        status: StatusCode::TOO_MANY_REQUESTS,
        code: "rate_limited",
        message: format!("{message} Try again in {wait} seconds."),
        retry_after: Some(wait),
    }
}

/// Charges a refusal to the client's address; the first time it is throttled, one audit row
/// says so (later refusals while throttled are neither served nor audited one by one).
pub async fn refused(state: &AppState, ip: IpAddr) {
    if state.refusals.charge(&crate::limits::address_key(ip)).await {
        tracing::warn!("a client address is throttled after repeated refusals");
        let entry = AuditEntry::new(
            &Actor::Address(ip),
            AuditAction::Throttled,
            "repeated refusals; further ones are answered 429 and not audited one by one",
            now(),
        );
        let _ = state.db.audit(entry).await;
    }
}

async fn throttled(state: &AppState, ip: IpAddr) -> Result<(), ApiError> {
    state
        .refusals
        .allowed(&crate::limits::address_key(ip))
        .await
        .map_err(|wait| too_many("Too many refused requests from this address.", wait))
}

/// A device over its daily quota of stored text (UTC days; checked by `ingest` in its
/// transaction): 429 until midnight, so that one broken or hostile device cannot fill the disk.
/// A batch that starts under the quota is taken whole (it overshoots by one batch at most).
fn over_quota(used: i64) -> ApiError {
    let t = now();
    let wait = u64::try_from(crate::db::rules::utc_day(t) + 86_400 - t)
        .unwrap_or(1)
        .max(1);
    ApiError {
        status: StatusCode::TOO_MANY_REQUESTS,
        code: "quota_exceeded",
        message: format!(
            "This device has had {} KiB stored today, its daily limit. Nothing is lost: the device keeps its reflections and sends them after midnight (UTC). If this is not expected, tell the team's admin.",
            used / 1024
        ),
        retry_after: Some(wait),
    }
}

fn bad_request(message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "bad_request", message)
}

/// The device behind the bearer token, refusing missing, wrong and revoked tokens.
/// An unknown token is a refusal charged to the client's address; a known one is never held
/// up by its address (devices behind one office's address are not throttled for another's
/// mistakes), only by its own request limit.
async fn device(state: &AppState, ip: IpAddr, headers: &HeaderMap) -> Result<Device, ApiError> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "This request needs the device's token (Authorization: Bearer …).",
            )
        })?;
    let Some(device) = state
        .db
        .device_by_token(&sha256_hex(token.as_bytes()), now())
        .await?
    else {
        throttled(state, ip).await?;
        refused(state, ip).await;
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "The device token is not known here. Enrol the device again.",
        ));
    };
    if device.revoked_at.is_some() {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "device_revoked",
            "This device has been revoked by the team's admin. Its credentials should be removed.",
        ));
    }
    state
        .rate
        .check(&device.id.to_string())
        .await
        .map_err(|wait| too_many("Too many requests from this device.", wait))?;
    Ok(device)
}

/// Whether the server is up, its version and the identity of its database.
#[utoipa::path(get, path = "/v1/health", tag = "device",
    responses((status = 200, description = "The server is up", body = Health)))]
pub async fn health(State(state): State<AppState>) -> Json<Health> {
    Json(Health {
        status: "ok".to_string(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        instance: state.instance,
    })
}

/// Enrols a device with a one-time code from the team's admin.
#[utoipa::path(post, path = "/v1/devices", tag = "device", request_body = EnrolRequest,
    responses(
        (status = 201, description = "Enrolled; keep the token secret", body = EnrolResponse),
        (status = 400, description = "Malformed request", body = ErrorBody),
        (status = 403, description = "The code is unknown, used or expired", body = ErrorBody),
        (status = 413, description = "The body is larger than 256 KiB", body = ErrorBody),
        (status = 429, description = "Too many refused codes from this address; see Retry-After", body = ErrorBody)))]
pub async fn enrol(
    State(state): State<AppState>,
    Extension(ClientAddr(ip)): Extension<ClientAddr>,
    body: Bytes,
) -> Result<Response, ApiError> {
    throttled(&state, ip).await?;
    let req: EnrolRequest = serde_json::from_slice(&body)
        .map_err(|e| bad_request(format!("The body is not a valid enrolment request: {e}.")))?;
    if let Some(c) = req.code.chars().find(|c| c.is_control()) {
        return Err(bad_request(format!(
            "The enrolment code holds a control character ({}): type it as the admin gave it.",
            wire::code_point(c)
        )));
    }
    let code = req.code.trim();
    if code.is_empty() || code.chars().count() > 200 {
        return Err(bad_request("The enrolment code is missing."));
    }
    let label = crate::text::label(&req.label).map_err(bad_request)?;
    let label = label.as_str();
    let token = random_token()?;
    let (code_hash, token_hash) = (sha256_hex(code.as_bytes()), sha256_hex(token.as_bytes()));
    let enrolment = Enrolment {
        code_hash: &code_hash,
        label,
        token_hash: &token_hash,
    };
    let Some(device) = state.db.enrol(&enrolment, now()).await? else {
        refused(&state, ip).await;
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "invalid_code",
            "That enrolment code is not valid: it is unknown, already used or expired. Ask the team's admin for a new one.",
        ));
    };
    Ok((
        StatusCode::CREATED,
        Json(EnrolResponse {
            device_id: device.id,
            token,
        }),
    )
        .into_response())
}

/// An item as received, read leniently so that one bad item is rejected on its own.
#[derive(Deserialize)]
struct LooseItem {
    id: Option<serde_json::Value>,
    week: Option<String>,
    content_version: Option<String>,
    themes: Option<Vec<String>>,
    text: Option<String>,
    body_hash: Option<String>,
    author: Option<String>,
    signals: Option<Vec<String>>,
    judgement: Option<String>,
    decision: Option<String>,
    actions_due: Option<Vec<String>>,
    case_key: Option<String>,
}

fn check_item(
    raw: &serde_json::Value,
    today: chrono::NaiveDate,
) -> (Option<String>, Result<NewReflection, String>) {
    let item: LooseItem = match LooseItem::deserialize(raw) {
        Ok(i) => i,
        Err(_) => {
            let id = raw.get("id").and_then(|v| v.as_str()).map(String::from);
            return (
                id,
                Err("malformed item: expected id, week, content_version, themes and text".into()),
            );
        }
    };
    let id_text = item.id.as_ref().and_then(|v| v.as_str()).map(String::from);
    let result = (|| {
        let id_text = id_text.as_deref().ok_or("missing id")?;
        let id = Uuid::parse_str(id_text).map_err(|_| "bad id: not a UUID".to_string())?;
        let week = item.week.ok_or("missing week")?;
        if !wire::valid_week(&week) {
            return Err("bad week: expected an ISO week such as 2026-W48".to_string());
        }
        if crate::db::rules::week_too_far_ahead(&week, today) {
            return Err(format!(
                "bad week: {week} is more than {} week ahead of the server's date; check the \
                 device's date",
                crate::db::rules::WEEKS_AHEAD_ALLOWED
            ));
        }
        let content_version = item.content_version.ok_or("missing content_version")?;
        if content_version.trim().is_empty()
            || content_version.len() > wire::MAX_CONTENT_VERSION_BYTES
        {
            return Err("bad content_version".to_string());
        }
        crate::text::one_line("content_version", &content_version)?;
        let themes = item.themes.ok_or("missing themes")?;
        if let Some(t) = themes.iter().find(|t| Theme::parse(t).is_none()) {
            return Err(format!("unknown theme \"{t}\" (known: a-f, safe-sleep)"));
        }
        let text = item.text.ok_or("missing text")?;
        if text.trim().is_empty() {
            return Err("empty text".to_string());
        }
        if text.len() > wire::MAX_TEXT_BYTES {
            return Err("text too long".to_string());
        }
        crate::text::note(&text)?;
        let found = structured_identifiers(&text);
        if !found.is_empty() {
            let kinds: Vec<&str> = found.iter().map(|k| k.as_str()).collect();
            return Err(format!(
                "the text still holds an identifier ({}); anonymise it again on the device",
                kinds.join(", ")
            ));
        }
        let hash = wire::body_hash(&week, &content_version, &themes, &text);
        if item
            .body_hash
            .as_ref()
            .is_some_and(|h| !h.eq_ignore_ascii_case(&hash))
        {
            return Err("body_hash does not match the content".to_string());
        }
        let author = match item.author.as_deref() {
            Some(a) => {
                wire::check_author(a).map_err(|want| format!("bad author: expected {want}"))?
            }
            None => None,
        };
        let signals = match item.signals {
            Some(mut signals) => {
                let known = &doorstep_core::content::Content::embedded()
                    .reflection
                    .signals;
                if signals.iter().any(|x| !known.iter().any(|k| &k.id == x)) {
                    let ids: Vec<&str> = known.iter().map(|k| k.id.as_str()).collect();
                    return Err(format!("unknown signal (known: {})", ids.join(", ")));
                }
                signals.sort();
                signals.dedup();
                Some(signals)
            }
            None => None,
        };
        let template = &doorstep_core::content::Content::embedded().reflection;
        // The judgement and the decision: an option of the content's question, or refused.
        let answer = |field: &str, question: &str, given: Option<String>| match given {
            Some(a) if template.option(question, &a).is_none() => {
                let known: Vec<&str> = template
                    .choice(question)
                    .map(|c| c.options.iter().map(|o| o.id.as_str()).collect())
                    .unwrap_or_default();
                Err(format!("unknown {field} (known: {})", known.join(", ")))
            }
            other => Ok(other),
        };
        let judgement = answer(
            "judgement",
            doorstep_core::content::JUDGEMENT,
            item.judgement,
        )?;
        let decision = answer("decision", doorstep_core::content::DECISION, item.decision)?;
        let actions_due = match item.actions_due {
            Some(mut due) => {
                if due.len() > doorstep_core::reflection::MAX_ACTIONS {
                    return Err(format!(
                        "too many actions_due (at most {})",
                        doorstep_core::reflection::MAX_ACTIONS
                    ));
                }
                if due.iter().any(|d| {
                    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() || d.len() != 10
                }) {
                    return Err("bad actions_due: expected dates such as 2026-12-11".to_string());
                }
                due.sort();
                Some(due)
            }
            None => None,
        };
        let urgency = i64::from(template.urgency(judgement.as_deref(), decision.as_deref()));
        if item
            .case_key
            .as_deref()
            .is_some_and(|k| !wire::valid_case_key(k))
        {
            return Err("bad case_key: expected 32 lowercase hex digits".to_string());
        }
        let mut themes = themes;
        themes.sort();
        themes.dedup();
        Ok(NewReflection {
            id,
            week,
            content_version,
            themes,
            text,
            body_hash: hash,
            author,
            signals,
            judgement,
            decision,
            actions_due,
            urgency,
            case_key: item.case_key,
        })
    })();
    (id_text, result)
}

/// Stores a batch of anonymised reflections. Each item is answered on its own: `stored`,
/// `duplicate` (same id and content: nothing done) or `rejected` with the reason.
#[utoipa::path(post, path = "/v1/reflections", tag = "device", request_body = PushRequest,
    security(("device_token" = [])),
    responses(
        (status = 200, description = "Each item's result, in the order sent", body = PushResponse),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Missing, unknown or revoked token (code device_revoked)", body = ErrorBody),
        (status = 413, description = "More than 100 items or 256 KiB", body = ErrorBody),
        (status = 429, description = "Too many requests (code rate_limited) or the device's daily quota of stored text is used (code quota_exceeded); see Retry-After", body = ErrorBody)))]
pub async fn push(
    State(state): State<AppState>,
    Extension(ClientAddr(ip)): Extension<ClientAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<PushResponse>, ApiError> {
    let device = device(&state, ip, &headers).await?;
    let value: serde_json::Value = serde_json::from_slice(&body)
        .map_err(|e| bad_request(format!("The body is not valid JSON: {e}.")))?;
    let items = value
        .get("reflections")
        .and_then(|v| v.as_array())
        .ok_or_else(|| bad_request("The body needs a \"reflections\" array."))?;
    if items.len() > wire::MAX_ITEMS {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            format!("At most {} reflections per request.", wire::MAX_ITEMS),
        ));
    }
    let today = chrono::Utc::now().date_naive();
    let checked: Vec<(Option<String>, Result<NewReflection, String>)> =
        items.iter().map(|i| check_item(i, today)).collect();
    // The same id twice in one batch: the later one is judged against the first.
    let good: Vec<NewReflection> = checked
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok().cloned())
        .collect();
    let urgent: Vec<bool> = good
        .iter()
        .map(|g| g.urgency >= i64::from(doorstep_core::content::URGENT))
        .collect();
    let batch = Batch {
        items: good,
        now: now(),
        quota_bytes: (state.device_quota_bytes > 0).then_some(state.device_quota_bytes),
    };
    let mut outcomes = match state.db.ingest(&device, batch).await? {
        IngestOutcome::Judged(outcomes) => {
            if outcomes.contains(&Ingested::Stored) {
                state.search.pushed();
            }
            // An urgent reflection stored now (not a duplicate): the supervisors are told.
            if let Some(n) = &state.notify
                && outcomes
                    .iter()
                    .zip(&urgent)
                    .any(|(o, u)| *u && *o == Ingested::Stored)
            {
                n.urgent(device.team_id);
            }
            outcomes.into_iter()
        }
        IngestOutcome::OverQuota { used } => return Err(over_quota(used)),
    };
    let results = checked
        .into_iter()
        .map(|(id, r)| match r {
            Ok(_) => {
                let (status, reason) = match outcomes.next() {
                    Some(Ingested::Stored) => (ItemStatus::Stored, None),
                    Some(Ingested::Duplicate) => (ItemStatus::Duplicate, None),
                    Some(Ingested::Conflict) | None => (
                        ItemStatus::Rejected,
                        Some("conflict: this id is already stored with other content".to_string()),
                    ),
                };
                ItemResult { id, status, reason }
            }
            Err(reason) => ItemResult {
                id,
                status: ItemStatus::Rejected,
                reason: Some(reason),
            },
        })
        .collect();
    Ok(Json(PushResponse { results }))
}

/// Reply cursor.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct RepliesQuery {
    /// The last sequence number the device has stored (0 at first).
    after: Option<String>,
}

/// Supervisors' replies to this device's reflections after the cursor, in sequence order.
#[utoipa::path(get, path = "/v1/replies", tag = "device", params(RepliesQuery),
    security(("device_token" = [])),
    responses(
        (status = 200, description = "Replies after the cursor", body = RepliesPage),
        (status = 400, description = "The cursor is not a number", body = ErrorBody),
        (status = 401, description = "Missing, unknown or revoked token", body = ErrorBody),
        (status = 409, description = "The cursor is ahead of this server: it has lost data or is another server (code unknown_cursor)", body = ErrorBody),
        (status = 429, description = "Too many requests; see Retry-After", body = ErrorBody)))]
pub async fn replies(
    State(state): State<AppState>,
    Extension(ClientAddr(ip)): Extension<ClientAddr>,
    headers: HeaderMap,
    Query(q): Query<RepliesQuery>,
) -> Result<Json<RepliesPage>, ApiError> {
    let device = device(&state, ip, &headers).await?;
    let after = match q.after.as_deref() {
        None | Some("") => 0,
        Some(s) => s
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 0)
            .ok_or_else(|| bad_request("The cursor (after) must be a whole number."))?,
    };
    let page = Page { after, limit: 100 };
    let (items, max) = state.db.replies_after(device.id, page).await?;
    if after > max {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "unknown_cursor",
            "This server has never given that cursor: it has lost its data or is a different server. Nothing on the device should be deleted.",
        ));
    }
    let cursor = items.last().map_or(after, |f| f.seq);
    Ok(Json(RepliesPage {
        items: items
            .into_iter()
            .map(|f| ReplyItem {
                seq: f.seq,
                reflection_id: f.reflection_id,
                text: f.text,
                at: crate::rfc3339(f.at),
                supervisor: f.supervisor,
                number: Some(f.number),
                edited_at: f.edited_at.map(crate::rfc3339),
                withdrawn: f.withdrawn_at.is_some(),
            })
            .collect(),
        cursor,
    }))
}

/// The OpenAPI document of this API.
pub async fn openapi_json() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        openapi_document(),
    )
}

struct DeviceToken;

impl utoipa::Modify for DeviceToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "device_token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

#[derive(Debug, OpenApi)]
#[openapi(
    info(
        title = "Doorstep team server",
        description = "The API devices use to enrol, push anonymised reflections and pull supervisors' replies.",
        version = "1"
    ),
    paths(health, enrol, push, replies),
    components(schemas(
        EnrolRequest, EnrolResponse, ReflectionItem, PushRequest, PushResponse, ItemResult,
        ItemStatus, ReplyItem, RepliesPage, Health, ErrorBody
    )),
    modifiers(&DeviceToken)
)]
pub struct ApiDoc;

/// The OpenAPI document, pretty-printed (the checked-in `server/openapi.json`).
pub fn openapi_document() -> String {
    ApiDoc::openapi()
        .to_pretty_json()
        .map(|mut s| {
            s.push('\n');
            s
        })
        .unwrap_or_default()
}
