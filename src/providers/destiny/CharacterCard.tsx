import { Link } from 'react-router';
import type { DestinyCharacter } from './adapt-account.ts';

interface CharacterCardProps {
  character: DestinyCharacter;
  href: string;
  current?: boolean;
}

/**
 * A character on its emblem banner: class, race, level and light, linking to its inventory. Its
 * spoken name is what it shows, in order (WCAG 2.5.3): "Titan Exo Male · Level 40 Light 372".
 */
export function CharacterCard({ character, href, current = false }: CharacterCardProps) {
  const subtitle = [character.raceName, character.genderName].filter(Boolean).join(' ');
  return (
    <Link
      to={href}
      aria-current={current ? 'page' : undefined}
      className={`relative flex h-14 items-center gap-3 sm:h-20 overflow-hidden rounded-lg border bg-slate-800 pr-4 pl-2 shadow transition stays-dark hover:brightness-110 ${
        current ? 'border-accent' : 'border-slate-700'
      }`}
    >
      {character.background && (
        <img src={character.background} alt="" className="absolute inset-0 size-full object-cover opacity-80" />
      )}
      <span
        className="absolute inset-0 bg-gradient-to-r from-slate-950/30 via-slate-950/10 to-slate-950/60"
        aria-hidden="true"
      />
      {character.emblem ? (
        <img src={character.emblem} alt="" className="relative size-10 rounded border border-white/20 sm:size-16" />
      ) : (
        <span className="relative size-10 rounded bg-slate-700 sm:size-16" aria-hidden="true" />
      )}
      <span className="relative min-w-0 flex-1">
        <span className="block text-lg font-bold text-white drop-shadow sm:text-xl">{character.className}</span>{' '}
        <span className="block truncate text-xs text-slate-200 drop-shadow sm:text-sm">
          {subtitle}
          {subtitle && ' · '}Level {character.level}
        </span>
      </span>{' '}
      {character.light !== null && (
        <span className="relative text-right text-xl font-bold sm:text-2xl text-amber-300 drop-shadow tabular-nums">
          <span aria-hidden="true" className="mr-1 text-base">
            ✦
          </span>
          <span className="sr-only">Light </span>
          {character.light}
        </span>
      )}
    </Link>
  );
}
