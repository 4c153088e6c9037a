/** Our invented perks, in the shape of Destiny 1 perk definitions. */

import { contentIcon, missingIcon, type IconAsset } from './icon-assets.ts';
import { fnv1a } from '../rng.ts';

export interface PerkInfo {
  hash: number;
  name: string;
  description: string;
  icon: IconAsset;
  isDisplayable: boolean;
  /** Bit flags; absent on perks without groups, as in real definitions. */
  perkGroups?: {
    weaponPerformance: number;
    impactEffects: number;
    guardianAttributes: number;
    lightAbilities: number;
    damageTypes: number;
  };
}

type PerkPool = 'weapon' | 'armor' | 'ghost' | 'artifact' | 'exotic-weapon' | 'exotic-armor';

function perk(pool: PerkPool, name: string, description: string): PerkInfo {
  const groups = { weaponPerformance: 0, impactEffects: 0, guardianAttributes: 0, lightAbilities: 0, damageTypes: 0 };
  if (pool === 'weapon') groups.weaponPerformance = 1 << (fnv1a(name) % 8);
  if (pool === 'armor') groups.guardianAttributes = 1 << (fnv1a(name) % 6);
  return {
    hash: fnv1a(`perk:${name}`),
    name,
    description,
    icon: contentIcon(`perk:${name}`, 'perk', 'dark'),
    isDisplayable: true,
    ...(pool === 'weapon' || pool === 'armor' ? { perkGroups: groups } : {}),
  };
}

/** Intrinsic perks the game tracks but never shows: no strings, missing icon. */
function hiddenPerk(label: string): PerkInfo {
  return { hash: fnv1a(`perk:hidden:${label}`), name: '', description: '', icon: missingIcon, isDisplayable: false };
}

const pool = (kind: PerkPool, entries: [string, string][]) => entries.map(([name, text]) => perk(kind, name, text));

export const weaponPerks = pool('weapon', [
  ['Glass Nerve', 'Precision hits briefly steady your aim.'],
  ['Backdraft', 'Reloading right after a kill vents heat and speeds the next reload.'],
  ['Coriolis Sight', 'Shots at long range drift less.'],
  ['Tempered Chamber', 'Sustained fire slowly raises impact.'],
  ['Second Breath', 'Kills partially restore your shields.'],
  ['Magnet Lock', 'Better target acquisition against moving foes.'],
  ['Ion Wake', 'Final-round kills leave a charged wake that shocks nearby enemies.'],
  ['Quiet Trigger', 'Firing does not reveal you on enemy radar.'],
  ['Overclocked Feed', 'Rate of fire climbs as the magazine empties.'],
  ['Lattice Sight', 'Radar stays active while aiming.'],
  ['Ember Rounds', 'Precision hits set targets alight.'],
  ['Splinter Shot', 'Rounds fragment on impact and strike nearby foes.'],
  ['Cold Start', 'The first shot from a full magazine hits harder.'],
  ['Feedback Loop', 'Hits with this weapon charge your grenade.'],
  ['Harmonic Barrel', 'Much less recoil while crouched.'],
  ['Long Watch', 'Aiming longer increases zoom.'],
  ['Patient Hunter', 'Damage rises the longer you hold still.'],
  ['Kinetic Sling', 'Reloads faster while sprinting.'],
  ['Drift Loader', 'Stowed, this weapon slowly reloads itself.'],
  ['Signal Flare', 'Kills mark nearby enemies for your fireteam.'],
  ['Bulwark Stance', 'Take less damage while aiming.'],
  ['Echo Round', 'Every seventh hit returns a round to the magazine.'],
  ['Starcatcher', 'Picking up an orb refills the magazine.'],
  ['Velvet Hammer', 'Less flinch while firing.'],
]);

export const armorPerks = pool('armor', [
  ['Deep Reserves', 'Carry more special ammunition.'],
  ['Heavy Satchel', 'Carry more heavy ammunition.'],
  ['Quick Hands', 'Ready weapons faster.'],
  ['Light Step', 'Sprint longer before tiring.'],
  ['Orb Keeper', 'Orbs of light you create last longer.'],
  ['Spark Recharge', 'Picking up orbs charges your grenade.'],
  ['Anchor Stance', 'Less flinch while aiming.'],
  ['Swift Recovery', 'Shields start recovering sooner.'],
  ['Primary Cache', 'Carry more primary ammunition.'],
  ['Field Medic', 'Allies near you recover faster.'],
  ['Sure Footing', 'Land from jumps without losing accuracy.'],
  ['Tactical Reload', 'Reload faster after a kill.'],
  ['Ordnance Rig', 'Grenades deal more damage.'],
  ['Iron Knuckles', 'Melee hits charge your grenade.'],
  ['Glide Harness', 'Better control in the air.'],
  ['Shoulder Brace', 'Heavy weapons are readied faster.'],
]);

export const ghostPerks = pool('ghost', [
  ['Glimmer Sense', 'Finds more glimmer in the field.'],
  ['Cache Finder', 'Reveals nearby supply caches.'],
  ['Material Seeker', 'Gathers more materials from deposits.'],
  ['Archive Scanner', 'Scans reveal hidden records.'],
  ['Beacon Pulse', 'Patrol beacons show on radar.'],
  ['Salvage Expert', 'Dismantling yields more parts.'],
]);

export const artifactPerks = pool('artifact', [
  ['Gravity Tether', 'Melee kills pull nearby enemies together.'],
  ['Void Ward', 'Taking damage charges your super a little.'],
  ['Relic Memory', 'Your super lasts longer.'],
  ['Starlight Bloom', 'Orbs you create also heal allies.'],
  ['Time Fracture', 'Grenades slow the enemies they hit.'],
  ['Echo Shield', 'Taking damage briefly boosts recovery.'],
]);

/** One signature perk per exotic weapon family, in `weaponFamilies` order. */
export const exoticWeaponPerks = pool('exotic-weapon', [
  ['Choir of Engines', 'Every tenth round fires twice.'],
  ['Ninefold Echo', 'Precision kills return the spent round to the magazine.'],
  ['Aurora Burst', 'Bursts leave a glow that marks targets for allies.'],
  ['Meridian Focus', 'Aiming briefly sharpens your reflexes.'],
  ['Sundering Note', 'Point-blank kills release a shockwave.'],
  ['Starlit Judgement', 'Precision kills refund a round from reserves.'],
  ['Lattice Overcharge', 'Bolts arc on to nearby targets.'],
  ['Comet Trail', 'Kills leave a burst of energy behind.'],
  ['Cathedral Payload', 'Rockets split into tracking submunitions.'],
  ['Hydra Feed', 'Sustained fire feeds rounds back into the magazine.'],
  ['Horizon Cleave', 'Heavy swings launch a wave of light.'],
]);

export const exoticArmorPerks = pool('exotic-armor', [
  ['Aftershock Frame', 'Landing from a height triggers a shockwave.'],
  ['Stargazer Lens', 'Your super recharges faster while airborne.'],
  ['Veilstep', 'Dodging grants a moment of invisibility.'],
  ['Forgeheart Core', 'Solar abilities linger longer.'],
  ['Tesseract Weave', 'Grenade kills return grenade energy.'],
  ['Lockpick Reflex', 'Reload faster after a dodge.'],
  ['Chrysalis Bloom', 'Orbs you collect heal you.'],
  ['Orbit Drive', 'Your second jump grants a burst of speed.'],
  ['Anvil Heart', 'Barricades recharge your melee.'],
  ['Seismic Step', 'Sprinting melee attacks stagger enemies.'],
  ['Rampart Field', 'Allies in your barrier deal more damage.'],
  ['Long Road', 'Sprint speed rises after kills.'],
]);

/** The hidden frame perk of each weapon family and the hidden perk of each damage node step. */
export const framePerk = (family: string) => hiddenPerk(`frame:${family}`);
export const damagePerk = (damageType: number) => hiddenPerk(`damage:${damageType}`);

export function perkDefinition(perk: PerkInfo) {
  return {
    perkHash: perk.hash,
    displayName: perk.name,
    displayDescription: perk.description,
    displayIcon: perk.icon.path,
    isDisplayable: perk.isDisplayable,
    ...(perk.perkGroups ? { perkGroups: perk.perkGroups } : {}),
    hash: perk.hash,
    index: 0,
    redacted: false,
  };
}
