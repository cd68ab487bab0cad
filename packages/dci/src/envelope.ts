import { randomUUID } from 'node:crypto';
import {
  type AckErrorCode,
  DCI_VERSION,
  DciMessageError,
  type HeaderReasonCode,
  type RequestStatus,
} from './codes.js';

/**
 * The DCI envelope `{ signature, header, message }`: reading a request header (and refusing it
 * with the spec's codes) and building reply headers, ACKs and HTTP-layer errors.
 */
export interface RequestHeader {
  version: string;
  message_id: string;
  message_ts: string;
  action: string;
  sender_id: string;
  sender_uri?: string;
  receiver_id?: string;
  total_count: number;
  is_msg_encrypted?: boolean;
}

export interface Envelope {
  header: RequestHeader;
  message: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** RFC 3339 date-time with a time zone (what `format: date-time` means). */
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
export const isDateTime = (v: unknown): v is string =>
  typeof v === 'string' && DATE_TIME.test(v) && !Number.isNaN(Date.parse(v));

const reject = (ack: AckErrorCode, message: string, header?: HeaderReasonCode) =>
  new DciMessageError(ack, message, header);

/**
 * Reads the envelope of a request to `action`. Tolerates what the spec's own samples do (a
 * `total_count` sent as a numeric string, an empty `meta`); refuses the rest.
 */
export function readEnvelope(body: unknown, action: string): Envelope {
  if (!isObject(body))
    throw reject('err.request.bad', 'the body must be a JSON object { signature, header, message }');
  const h = body.header;
  if (!isObject(h)) throw reject('err.request.bad', 'header is required');
  if (h.is_msg_encrypted === true || (isObject(body.message) && 'ciphertext' in body.message))
    throw reject(
      'err.encryption.invalid',
      'encrypted messages are not supported; send is_msg_encrypted: false',
    );
  if (h.version !== undefined && h.version !== DCI_VERSION)
    throw reject('err.version.not_supported', `version must be ${DCI_VERSION}`, 'rjct.version.invalid');
  if (typeof h.message_id !== 'string' || h.message_id.length < 1 || h.message_id.length > 99)
    throw reject('err.request.bad', 'header.message_id must be a string of 1 to 99 characters');
  if (!isDateTime(h.message_ts))
    throw reject(
      'err.request.bad',
      'header.message_ts must be an ISO 8601 date-time with a time zone',
      'rjct.message_ts.invalid',
    );
  if (h.action !== action)
    throw reject(
      'err.request.bad',
      `header.action must be ${action} at this endpoint`,
      'rjct.action.invalid',
    );
  if (typeof h.sender_id !== 'string' || h.sender_id.length < 1 || h.sender_id.length > 200)
    throw reject('err.sender_id.invalid', 'header.sender_id is required');
  const total =
    typeof h.total_count === 'number'
      ? h.total_count
      : typeof h.total_count === 'string' && /^\d{1,6}$/.test(h.total_count)
        ? Number(h.total_count)
        : NaN;
  if (!Number.isInteger(total) || total < 0)
    throw reject('err.request.bad', 'header.total_count must be an integer', 'rjct.total_count.invalid');
  if (h.sender_uri !== undefined && h.sender_uri !== '' && typeof h.sender_uri !== 'string')
    throw reject('err.sender_uri.invalid', 'header.sender_uri must be a URI');
  if (!isObject(body.message)) throw reject('err.request.bad', 'message is required');
  return {
    header: {
      version: DCI_VERSION,
      message_id: h.message_id,
      message_ts: h.message_ts,
      action,
      sender_id: h.sender_id,
      ...(typeof h.sender_uri === 'string' && h.sender_uri ? { sender_uri: h.sender_uri } : {}),
      ...(typeof h.receiver_id === 'string' ? { receiver_id: h.receiver_id } : {}),
      total_count: total,
    },
    message: body.message,
  };
}

/** Checks the number of requests in a batch against `header.total_count` and the batch limit. */
export function checkBatch(header: RequestHeader, items: unknown, name: string, max: number): unknown[] {
  if (!Array.isArray(items) || items.length === 0)
    throw reject('err.request.bad', `message.${name} must be a non-empty list`);
  if (items.length > max)
    throw reject(
      'err.request.bad',
      `at most ${max} requests in one message`,
      'rjct.total_count.limit_exceeded',
    );
  if (header.total_count !== items.length)
    throw reject(
      'err.request.bad',
      `header.total_count is ${header.total_count} but message.${name} has ${items.length}`,
      'rjct.total_count.invalid',
    );
  return items;
}

export const now = () => new Date().toISOString();
export const newId = () => randomUUID();

/** `MsgCallbackHeader_V1.0.0`: the header of a reply (sync response, on-* callback, notify). */
export function replyHeader(input: {
  action: string;
  status: RequestStatus;
  senderId: string;
  receiverId?: string;
  totalCount: number;
  completedCount: number;
  reasonCode?: HeaderReasonCode;
  reasonMessage?: string;
}) {
  return {
    version: DCI_VERSION,
    message_id: newId(),
    message_ts: now(),
    action: input.action,
    status: input.status,
    ...(input.reasonCode ? { status_reason_code: input.reasonCode } : {}),
    ...(input.reasonMessage ? { status_reason_message: input.reasonMessage.slice(0, 999) } : {}),
    total_count: input.totalCount,
    completed_count: input.completedCount,
    sender_id: input.senderId,
    ...(input.receiverId ? { receiver_id: input.receiverId } : {}),
    is_msg_encrypted: false,
  };
}

/** The async acknowledgement (`components/responses/Response`). */
export function ack(correlationId: string) {
  return { message: { ack_status: 'ACK' as const, timestamp: now(), correlation_id: correlationId } };
}

export function ackError(code: AckErrorCode, message: string, correlationId = newId()) {
  return {
    message: {
      ack_status: 'ERR' as const,
      timestamp: now(),
      correlation_id: correlationId,
      error: { code, message: message.slice(0, 999) },
    },
  };
}

/** `components/responses/HttpErrorResponse` (401, 403, 500 and the token endpoint). */
export function httpError(code: string, message: string) {
  return { errors: [{ code, message }] };
}
