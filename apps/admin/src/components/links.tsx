import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subject } from '../api/types';

// Mantine's polymorphic components made into type-safe TanStack Router links (typed `to`, `params`
// and `search`), as the router's documentation does it for component libraries.

type AnchorAsLink = Omit<AnchorProps, 'href'> & { children?: ReactNode };
const AnchorBase = forwardRef<HTMLAnchorElement, AnchorAsLink>((props, ref) => (
  <Anchor ref={ref} {...props} />
));
const AnchorCreated = createLink(AnchorBase);
export const AnchorLink: LinkComponent<typeof AnchorBase> = (props) => (
  <AnchorCreated preload="intent" {...props} />
);

type ButtonAsLink = Omit<ButtonProps, 'href'> & { children?: ReactNode };
const ButtonBase = forwardRef<HTMLAnchorElement, ButtonAsLink>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
const ButtonCreated = createLink(ButtonBase);
export const ButtonLink: LinkComponent<typeof ButtonBase> = (props) => (
  <ButtonCreated preload="intent" {...props} />
);

type NavLinkAsLink = Omit<NavLinkProps, 'href'>;
const NavLinkBase = forwardRef<HTMLAnchorElement, NavLinkAsLink>((props, ref) => (
  <NavLink component="a" ref={ref} {...props} />
));
const NavLinkCreated = createLink(NavLinkBase);
export const NavLinkLink: LinkComponent<typeof NavLinkBase> = (props) => (
  <NavLinkCreated preload="intent" {...props} />
);

/** "가구 보기": a link to a household's page, as tables of findings and leads show it. */
export function HouseholdLink({ householdId, label }: { householdId: string; label: string }) {
  return (
    <AnchorLink to="/households/$householdId" params={{ householdId }} size="sm">
      {label}
    </AnchorLink>
  );
}

/**
 * A queue item's subject (대상자) as a link to their household: the person's name, marked when the
 * household's head stands for a household's item ("가구 보기" when the household has no head).
 */
export function SubjectLink({
  householdId,
  subject,
  size = 'sm',
}: {
  householdId: string;
  subject: Subject | null | undefined;
  size?: 'sm' | 'xs';
}) {
  const { t } = useTranslation();
  const label = !subject
    ? t('findings.openHousehold')
    : subject.head
      ? t('subject.head', { name: subject.name })
      : subject.name;
  return (
    <AnchorLink to="/households/$householdId" params={{ householdId }} size={size}>
      {label}
    </AnchorLink>
  );
}
