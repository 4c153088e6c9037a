/** A PlayFab call whose body breaks off while read, as on a dropped upload: the handler throws. */
export function brokenUpload(): Request {
  const body = new ReadableStream({ pull: (controller) => controller.error(new Error('boom')) });
  return new Request('http://localhost/api/playfab/E3F1A/Server/GetCatalogItems', {
    method: 'POST',
    body,
    duplex: 'half',
  } as RequestInit);
}
