// Fault tests start real processes and kill them: run one at a time, so timings measure the
// product and not two tests fighting over two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
