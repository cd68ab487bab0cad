import { Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { CaseView } from '../../api/types';
import { useRelocalizedErrors } from '../../forms/use-relocalized-errors';

/** Events that change an entitlement or end a case need a reason on the record. */
const needsReason = new Set(['REJECT', 'WITHDRAW', 'TERMINATE', 'SUSPEND', 'CHANGE_AMOUNT']);

export interface EventInput {
  type: string;
  reason?: string;
  startDate?: string;
  endDate?: string;
  amountKrw?: number;
}

function firstOfNextMonth(): string {
  const d = new Date();
  const next = new Date(d.getFullYear(), d.getMonth() + 1, 1);
  return `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-01`;
}

/** The inputs one case event takes: a reason, and for a determination its period and amount. */
export function EventModal({
  type,
  caseView,
  onClose,
  onSend,
  sending,
  error,
}: {
  type: string | null;
  caseView: CaseView;
  onClose: () => void;
  onSend: (input: EventInput) => void;
  sending: boolean;
  /** The last failed send: a 400 naming the amount (left undetermined by the evaluation) shows on the field. */
  error?: unknown;
}) {
  const { t } = useTranslation();
  const isDetermine = type === 'DETERMINE_ENTITLEMENT';
  const isAmount = type === 'CHANGE_AMOUNT';
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      reason: '',
      startDate: caseView.context.startDate ?? firstOfNextMonth(),
      endDate: '',
      amountKrw: (caseView.context.amountKrw ?? '') as number | string,
    },
    validate: {
      reason: (v) => (type && needsReason.has(type) && !v.trim() ? t('validation.required') : null),
      startDate: (v) => (isDetermine && !v ? t('validation.required') : null),
      endDate: (v, values) =>
        v && values.startDate && v <= values.startDate ? t('caseEvent.endAfterStart') : null,
      amountKrw: (v) => (isAmount && (v === '' || Number(v) < 0) ? t('validation.required') : null),
    },
  });
  useRelocalizedErrors(form);
  // A new error sets the field's message.
  useEffect(() => {
    if (error instanceof ApiError && error.status === 400 && error.issues.some((i) => i.path === 'amountKrw'))
      form.setFieldError('amountKrw', t('caseEvent.amountRequired'));
  }, [error, form.setFieldError, t]);
  const submit = form.onSubmit((v) => {
    const input: EventInput = { type: type! };
    if (v.reason.trim()) input.reason = v.reason.trim();
    if (isDetermine) {
      input.startDate = v.startDate;
      if (v.endDate) input.endDate = v.endDate;
      if (v.amountKrw !== '') input.amountKrw = Number(v.amountKrw);
    }
    if (isAmount) input.amountKrw = Number(v.amountKrw);
    onSend(input);
  });
  return (
    <Modal opened={Boolean(type)} onClose={onClose} title={type ? t(`event.${type}`) : ''} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {type ? t(`eventHelp.${type}`, { defaultValue: '' }) : ''}
          </Text>
          {isDetermine ? (
            <>
              <Group grow align="flex-start">
                <DateInput
                  label={t('caseEvent.startDate')}
                  valueFormat="YYYY-MM-DD"
                  required
                  {...form.getInputProps('startDate')}
                />
                <DateInput
                  label={t('caseEvent.endDate')}
                  valueFormat="YYYY-MM-DD"
                  clearable
                  {...form.getInputProps('endDate')}
                  onChange={(v) => form.setFieldValue('endDate', v ?? '')}
                />
              </Group>
              <NumberInput
                label={t('caseEvent.amount')}
                description={t(
                  caseView.context.amountKrw == null
                    ? 'caseEvent.amountUndeterminedHint'
                    : 'caseEvent.amountHint',
                )}
                min={0}
                thousandSeparator=","
                suffix={t('caseEvent.won')}
                {...form.getInputProps('amountKrw')}
              />
            </>
          ) : null}
          {isAmount ? (
            <NumberInput
              label={t('caseEvent.newAmount')}
              required
              min={0}
              thousandSeparator=","
              suffix={t('caseEvent.won')}
              {...form.getInputProps('amountKrw')}
            />
          ) : null}
          <Textarea
            label={t('caseEvent.reason')}
            required={Boolean(type && needsReason.has(type))}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={sending}
              color={type === 'REJECT' || type === 'TERMINATE' ? 'red' : 'blue'}
            >
              {t('caseEvent.send', { event: type ? t(`event.${type}`) : '' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
