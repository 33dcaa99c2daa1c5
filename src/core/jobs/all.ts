// Imports every module that registers a job, so the registry is complete in any thread.
// Each area adds one line here.
import '../match/job';
import '../demo/job';
import '../import/job';
import '../repos/peopleBulkJob';
export {};
