import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
// The DOM build of the provider, wired to react-dom's flushSync, so navigations can ask for it.
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from './query-client.ts';
import { createRoutes } from './router.tsx';
import { quietFirstScreen } from './first-screen/first-screen-hand-off.ts';
import './index.css';

const queryClient = createQueryClient();
const router = createBrowserRouter(createRoutes(queryClient));
quietFirstScreen(router);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
