import { serveParseTask } from '../../parsing/serve-parse-task.ts';
import { inventoryTask } from './inventory-task.ts';

serveParseTask(inventoryTask);
