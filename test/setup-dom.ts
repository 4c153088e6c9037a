import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A `findBy` waits for what a page will show; on a busy two-core machine a lazy route can take
// over the default second to appear, which is slowness, not a failure.
configure({ asyncUtilTimeout: 4_000 });

afterEach(() => cleanup());
