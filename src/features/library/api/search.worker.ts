// The collection's search off the main thread: parsing the index (seconds at 10,000 articles) and
// each lookup never freeze the page.
import { createSearchService, type SearchRequest } from './search-service';

const handle = createSearchService();

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  void handle(event.data).then((reply) => postMessage(reply));
};
