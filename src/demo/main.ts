/** `npm run demo`: the demo upstream on its own, for pointing any client at it. */

import { bungieDemoDirectory } from './bungie/directory.ts';
import { playfabDemoDirectory } from './playfab/directory.ts';
import { playfabDemoOrigin, startDemoUpstream } from './server.ts';

const port = Number(process.env.DEMO_PORT ?? 8090);
const slowMs = process.env.DEMO_SLOW_MS ? Number(process.env.DEMO_SLOW_MS) : undefined;
const upstream = await startDemoUpstream({ port, slowMs });

console.log(`Bungie demo upstream at ${upstream.origin} (send any X-API-Key header)`);
for (const account of bungieDemoDirectory.accounts) {
  const platform = account.membershipType === 1 ? 'Xbox' : 'PSN';
  console.log(
    `  ${account.displayName} (${platform}) ${upstream.origin}/Platform/Destiny/${account.membershipType}/Account/${account.membershipId}/`,
  );
  for (const character of account.characters) console.log(`    ${character.className}: ${character.characterId}`);
}
console.log('Scenarios:');
for (const scenario of bungieDemoDirectory.scenarios) {
  console.log(
    `  ${scenario.id}: ${scenario.displayName ?? '(no name)'} ${scenario.membershipType}/${scenario.membershipId}${scenario.characterId ? ` character ${scenario.characterId}` : ''}`,
  );
}

const playfab = playfabDemoOrigin(upstream.origin).replace('{titleId}', playfabDemoDirectory.titleId);
console.log(`PlayFab demo upstream at ${playfab}/Server/... (POST JSON, send any X-SecretKey header)`);
for (const player of playfabDemoDirectory.players) {
  console.log(`  ${player.displayName}: PlayFabId ${player.playFabId}`);
  for (const character of player.characters)
    console.log(`    ${character.name} (${character.type}): ${character.characterId}`);
}

const stop = () => void upstream.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
