/**
 * The DCI code lists Bokji uses, as the specs spell them (social_api / ibr_api v1.0.0).
 */

/** Request status (`UnSubscribeResponse.status`, reused everywhere): received, pending, success, rejected. */
export type RequestStatus = 'rcvd' | 'pdng' | 'succ' | 'rjct';

/** Transport-level error codes of an ACK with `ack_status: ERR` (`components/schemas/Error`). */
export type AckErrorCode =
  | 'err.request.bad'
  | 'err.request.unauthorized'
  | 'err.request.forbidden'
  | 'err.request.not_found'
  | 'err.request.timeout'
  | 'err.version.not_supported'
  | 'err.request.too_many_requests'
  | 'err.sender_id.invalid'
  | 'err.sender_uri.invalid'
  | 'err.receiver_id.invalid'
  | 'err.signature.missing'
  | 'err.signature.invalid'
  | 'err.encryption.invalid'
  | 'err.service.unavailable';

/** Header status reason codes (`MsgHeaderStatusReasonCode`). */
export type HeaderReasonCode =
  | 'rjct.version.invalid'
  | 'rjct.message_id.duplicate'
  | 'rjct.message_ts.invalid'
  | 'rjct.action.invalid'
  | 'rjct.action.not_supported'
  | 'rjct.total_count.invalid'
  | 'rjct.total_count.limit_exceeded'
  | 'rjct.errors.too_many';

/** Per-request reason codes of a search (`SearchStatusReasonCode`). */
export type SearchReasonCode =
  | 'rjct.reference_id.invalid'
  | 'rjct.reference_id.duplicate'
  | 'rjct.timestamp.invalid'
  | 'rjct.search_criteria.invalid'
  | 'rjct.filter.invalid'
  | 'rjct.sort.invalid'
  | 'rjct.pagination.invalid'
  | 'rjct.search.too_many_records_found';

/** Per-request reason codes of a subscription (`SubscribeStatusReasonCode`). */
export type SubscribeReasonCode =
  | 'rjct.reference_id.invalid'
  | 'rjct.reference_id.duplicate'
  | 'rjct.timestamp.invalid'
  | 'rjct.notify_types.invalid'
  | 'rjct.notify_details.invalid'
  | 'rjct.person_id.invalid'
  | 'rjct.event.already_subscribed';

/** Reason codes of an unsubscribe (`UnSubscribeStatusReasonCode`). */
export type UnsubscribeReasonCode =
  | 'rjct.reference_id.invalid'
  | 'rjct.reference_id.duplicate'
  | 'rjct.timestamp.invalid'
  | 'rjct.subscription_code.invalid'
  | 'rjct.requester.invalid'
  | 'rjct.event.already_unsubscribed';

export type Registry = 'social' | 'ibr';

/** `reg_type` values Bokji sends (the spec examples' spelling). */
export const regType: Record<Registry, string> = {
  social: 'ns:org:RegistryType:Social',
  ibr: 'ns:org:RegistryType:IBR',
};

/** Scopes a DCI client can be granted; the token carries the granted subset. */
export const dciScopes = ['social.search', 'social.subscribe', 'ibr.search', 'ibr.subscribe'] as const;
export type DciScope = (typeof dciScopes)[number];

/** The DCI protocol version Bokji speaks. */
export const DCI_VERSION = '1.0.0';

/** Batch and page limits. */
export const limits = {
  /** Requests in one message (`search_request`, `subscribe_request`). */
  maxBatch: 20,
  defaultPageSize: 100,
  maxPageSize: 500,
  /** Conditions in one expression or predicate, nesting depth, and values in one `in`. */
  maxConditions: 50,
  maxDepth: 8,
  maxInValues: 100,
  /** Events in one notify message. */
  maxNotifyEvents: 100,
} as const;

/** A rejection of one request in a batch: the reason code and a message (never echoing personal data). */
export class DciReject extends Error {
  constructor(
    readonly reasonCode: SearchReasonCode | SubscribeReasonCode | UnsubscribeReasonCode,
    message: string,
    /** An authorisation refusal (access-logged as denied), not a malformed request. */
    readonly denial = false,
  ) {
    super(message);
    this.name = 'DciReject';
  }
}

/** A rejection of the whole message: an ACK `ERR` (async) or a rejected header (sync). */
export class DciMessageError extends Error {
  constructor(
    readonly ackCode: AckErrorCode,
    message: string,
    readonly headerCode?: HeaderReasonCode,
    readonly httpStatus = 400,
  ) {
    super(message);
    this.name = 'DciMessageError';
  }
}

/**
 * A client-sent name (attribute, operator, key, type) fit to quote back in a message: a short
 * token without a run of digits (so never an RRN or other number), else the placeholder.
 */
export function echo(v: unknown, placeholder: string, max = 60): string {
  return typeof v === 'string' && v.length <= max && /^[\w.:$-]+$/.test(v) && !/\d{5}/.test(v)
    ? v
    : placeholder;
}
