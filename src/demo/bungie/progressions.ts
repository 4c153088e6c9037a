/** XP tables. Only `character_level`'s hash is a format constant; names and step sizes are ours. */

import { contentIcon, type IconAsset } from './icon-assets.ts';
import { fnv1a } from '../rng.ts';

export interface ProgressionInfo {
  hash: number;
  name: string;
  scope: number;
  repeatLastStep: boolean;
  /** `steps[s].progressTotal`: XP needed to go from level s to s + 1 (step 0 is level 1, always 0). */
  steps: number[];
  icon: IconAsset;
}

function progression(name: string, steps: number[], scope = 2, hash = fnv1a(`progression:${name}`)): ProgressionInfo {
  return {
    hash,
    name,
    scope,
    repeatLastStep: true,
    steps: [0, ...steps],
    icon: contentIcon(`progression:${name}`, 'progression', 'dark'),
  };
}

const levelSteps = Array.from({ length: 39 }, (_, i) => 1800 + 260 * (i + 1));

export const Progression = {
  characterLevel: progression('character_level', [...levelSteps, 72000], 1, 1716568313),
  gearBasic: progression('gear_xp_basic', [900, 1250]),
  gearRare: progression('gear_xp_rare', [1800, 2450]),
  gearLegendary: progression('gear_xp_legendary', [2700, 3350]),
  gearExotic: progression('gear_xp_exotic', [3300, 4150]),
  subclass: progression('subclass_xp', [4000, 6200, 8400, 10800]),
} as const;

export const progressionTable: readonly ProgressionInfo[] = Object.values(Progression);

export function gearProgression(tierType: number): ProgressionInfo {
  if (tierType >= 6) return Progression.gearExotic;
  if (tierType === 5) return Progression.gearLegendary;
  if (tierType === 4) return Progression.gearRare;
  return Progression.gearBasic;
}

function stepTotal(progression: ProgressionInfo, level: number): number {
  const { steps } = progression;
  return steps[Math.min(level, steps.length) - 1] ?? 0;
}

/** XP from nothing to `level` (level 1 = 0), the last step repeating. */
export function xpToReachLevel(progression: ProgressionInfo, level: number): number {
  let total = 0;
  for (let s = 1; s <= level; s++) total += stepTotal(progression, s);
  return total;
}

export interface ProgressState {
  level: number;
  step: number;
  progressToNextLevel: number;
  nextLevelAt: number;
}

export function progressAt(progression: ProgressionInfo, currentProgress: number): ProgressState {
  let level = 1;
  let reached = 0;
  for (;;) {
    const next = stepTotal(progression, level + 1);
    if (reached + next > currentProgress) {
      return {
        level,
        step: Math.min(level, progression.steps.length - 1),
        progressToNextLevel: currentProgress - reached,
        nextLevelAt: next,
      };
    }
    reached += next;
    level++;
  }
}

/** The instance `progression` block, keys in Bungie's order. */
export function progressionBlock(
  progression: ProgressionInfo,
  currentProgress: number,
  dailyProgress: number,
  weeklyProgress: number,
) {
  const state = progressAt(progression, currentProgress);
  return {
    dailyProgress,
    weeklyProgress,
    currentProgress,
    level: state.level,
    step: state.step,
    progressToNextLevel: state.progressToNextLevel,
    nextLevelAt: state.nextLevelAt,
    progressionHash: progression.hash,
  };
}

export function progressionDefinition(progression: ProgressionInfo) {
  return {
    progressionHash: progression.hash,
    name: progression.name,
    scope: progression.scope,
    repeatLastStep: progression.repeatLastStep,
    icon: progression.icon.path,
    steps: progression.steps.map((progressTotal) => ({ progressTotal, rewardItems: [] })),
    visible: true,
    hash: progression.hash,
    index: 0,
    redacted: false,
  };
}
